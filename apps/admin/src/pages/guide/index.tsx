import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminGuideNode, AdminGuideTree, GuideOrder } from '@zhaoshang/contracts';
import { guideTexts } from '@zhaoshang/i18n';
import { Alert, App, Button, Card, Empty, Flex, Space, Tag, Tree, Typography, type TreeDataNode, type TreeProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { PolicyStatusTag } from '../../components/policy-status-tag';
import { PolicyTitle } from '../../components/policy-title';
import { QueryError } from '../../components/query-error';
import { TranslationStatusTags } from '../../components/translation-status-tags';
import { useFeatureTranslation } from '../../hooks/use-feature-translation';
import { useApi, useSession } from '../../services/api-context';
import { describeError } from '../../services/errors';
import { currentLanguage } from '../../services/language';
import { CreateNodeModal } from './components/create-node-modal';
import { arrange, moveNode, orderOf, shiftNode, type DropPlace } from './tree-order';

export const GUIDE_TREE_KEY = ['admin-guide-tree'];

type Node = TreeDataNode & { node: AdminGuideNode; section: boolean; parentPublished: boolean };

/**
 * The guide's tree: sections and their pages in the order investors see them, each with its
 * status and translation status. Admins drag a node to reorder it or move a page to another
 * section (or use its arrows); the order is saved on the server at once.
 */
export default function GuidePage() {
  const { t, i18n } = useFeatureTranslation('guide', guideTexts);
  const api = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const language = currentLanguage(i18n);
  const isAdmin = session?.user.role === 'admin';
  const [creating, setCreating] = useState<{ section: boolean; parent?: number } | null>(null);
  const tree = useQuery({ queryKey: GUIDE_TREE_KEY, queryFn: () => api.adminGetGuideTree() });

  const reorder = useMutation({
    mutationFn: (order: GuideOrder) => api.adminReorderGuide({ body: order }),
    onMutate: (order) => {
      const before = queryClient.getQueryData<AdminGuideTree>(GUIDE_TREE_KEY);
      // shown moved at once; put back if the server refuses
      if (before) queryClient.setQueryData(GUIDE_TREE_KEY, arrange(before, order));
      return { before };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(GUIDE_TREE_KEY, saved);
      void message.success(t('order.saved'));
    },
    onError: (error, _order, context) => {
      if (context?.before) queryClient.setQueryData(GUIDE_TREE_KEY, context.before);
      void message.error(describeError(error, t).message);
      // someone changed the tree meanwhile: show theirs
      void queryClient.invalidateQueries({ queryKey: GUIDE_TREE_KEY });
    },
  });

  const move = (next: GuideOrder | null) => {
    if (next && !reorder.isPending) reorder.mutate(next);
  };

  if (tree.isError) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  if (!tree.data) return <PageLoading />;
  const data = tree.data;
  const order = orderOf(data);

  const title = (item: Node) => {
    const { node } = item;
    const unpublished = node.status === 'published' && node.publishedVersion !== null && node.publishedVersion !== node.version;
    return (
      <Flex gap={8} align="center" wrap data-node-id={node.id} data-slug={node.slug} style={{ padding: '2px 0' }}>
        <Link to={`/guide/${node.id}`} style={{ fontWeight: item.section ? 600 : 400 }}>
          <PolicyTitle titles={node.titles} language={language} />
        </Link>
        {!item.section && <Tag color="geekblue">{t(`kind.${node.kind}`)}</Tag>}
        <PolicyStatusTag status={node.status} />
        {unpublished && <Tag color="warning">{t('admin:policies.unpublishedChanges')}</Tag>}
        {!item.section && !item.parentPublished && node.status === 'published' && <Tag color="default">{t('tree.hiddenBySection')}</Tag>}
        {node.sample && <Tag color="gold">{t('common:sampleData')}</Tag>}
        <TranslationStatusTags statuses={node.translationStatus} />
        {isAdmin && (
          <Space size={0} onClick={(event) => event.stopPropagation()}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('action.moveUp', { item: node.slug })} disabled={reorder.isPending} onClick={() => move(shiftNode(order, node.id, -1))} />
            <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('action.moveDown', { item: node.slug })} disabled={reorder.isPending} onClick={() => move(shiftNode(order, node.id, 1))} />
            {item.section && (
              <Button size="small" type="text" icon={<PlusOutlined />} aria-label={t('action.newPageIn', { section: node.slug })} onClick={() => setCreating({ section: false, parent: node.id })} />
            )}
          </Space>
        )}
      </Flex>
    );
  };

  const treeData: Node[] = data.sections.map((s) => ({
    key: String(s.id),
    node: s,
    section: true,
    parentPublished: true,
    children: s.pages.map((p) => ({ key: String(p.id), node: p, section: false, parentPublished: s.status === 'published', isLeaf: true })),
  }));
  const sectionIds = new Set(data.sections.map((s) => s.id));

  const allowDrop: TreeProps<Node>['allowDrop'] = ({ dragNode, dropNode, dropPosition }) => {
    const place: DropPlace = dropPosition === 0 ? 'inside' : dropPosition < 0 ? 'before' : 'after';
    return moveNode(order, Number(dragNode.key), Number(dropNode.key), place) !== null;
  };
  const onDrop: TreeProps<Node>['onDrop'] = (info) => {
    const target = Number(info.node.key);
    // antd gives the position among the target's siblings: relative to the target it is -1, 0 (into it) or 1
    const index = Number(info.node.pos.split('-').pop());
    const relative = info.dropPosition - index;
    const place: DropPlace = !info.dropToGap && sectionIds.has(target) ? 'inside' : relative < 0 ? 'before' : 'after';
    move(moveNode(order, Number(info.dragNode.key), target, place));
  };

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('page.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 720 }}>
            {t(isAdmin ? 'page.help' : 'page.help.readOnly')}
          </Typography.Paragraph>
        </div>
        {isAdmin && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => setCreating({ section: true })}>
              {t('action.newSection')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} disabled={data.sections.length === 0} onClick={() => setCreating({ section: false })}>
              {t('action.newPage')}
            </Button>
          </Space>
        )}
      </Flex>
      {!isAdmin && <Alert type="info" showIcon title={t('editor.readOnly')} style={{ marginBottom: 16 }} />}
      <Card>
        {data.sections.length === 0 ? (
          <Empty description={t('tree.empty')} />
        ) : (
          <Tree<Node>
            aria-label={t('page.title')}
            treeData={treeData}
            defaultExpandAll
            blockNode
            selectable={false}
            draggable={isAdmin && !reorder.isPending ? { icon: false } : false}
            allowDrop={allowDrop}
            onDrop={onDrop}
            titleRender={title}
          />
        )}
      </Card>
      {creating && <CreateNodeModal open section={creating.section} tree={data} defaultParent={creating.parent} onClose={() => setCreating(null)} />}
    </>
  );
}
