import { ArrowLeftOutlined, DiffOutlined, HistoryOutlined, InboxOutlined, MobileOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../services/errors';
import { formatDateTime } from '../../services/format';
import { SaveErrorAlert } from '../save-error-alert';
import { currentLanguage } from '../../services/language';
import { PolicyStatusTag } from '../policy-status-tag';
import type { EditedDocument, useDocumentEditor } from './use-document-editor';
import { VersionsDrawer } from './versions-drawer';

type Props<D extends EditedDocument, V> = {
  editor: ReturnType<typeof useDocumentEditor<D, V>>;
  back: { to: string; label: string };
  /** the document's title in the console language (null while creating) */
  title: ReactNode;
  /** tags beside the status (the kind of page, "sample") */
  tags?: ReactNode;
  /** alerts of the kind's own, below the editor's */
  notices?: ReactNode;
  /** the phone-width preview, rendered while the preview drawer is open */
  preview: () => ReactNode;
  /** two saved versions compared */
  compare: (versions: [number, number]) => ReactNode;
  /** a field's name for people, from its dotted path (for errors no field of the form shows) */
  fieldLabel: (path: string) => string;
  /** the form */
  children: ReactNode;
};

/**
 * Everything around a versioned document's form: title, status, the actions (versions, preview,
 * archive, save, publish), what investors see now, conflicts and errors, the preview drawer,
 * the versions drawer and the comparison of two versions. Shared by the policy and guide editors.
 */
export function DocumentEditorFrame<D extends EditedDocument, V>({ editor, back, title, tags, notices, preview, compare: renderCompare, fieldLabel, children }: Props<D, V>) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const k = editor.textKey;
  const { base, dirty, busy, isAdmin, readOnly, publishedVersion, failure, conflict } = editor;
  const [previewOpen, setPreviewOpen] = useState(false);
  const [compare, setCompare] = useState<[number, number] | null>(null);

  const upToDate = base?.status === 'published' && publishedVersion === base.version;
  const unpublished = base?.status === 'published' && publishedVersion !== null && publishedVersion !== base.version;

  return (
    <>
      <Link to={back.to}>
        <ArrowLeftOutlined /> {back.label}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={16} style={{ margin: '8px 0 16px' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Space wrap size={4} style={{ marginTop: 8 }}>
            {base && <PolicyStatusTag status={base.status} />}
            {tags}
            {unpublished && <Tag color="warning">{t(k('unpublishedChanges'))}</Tag>}
            {dirty && <Tag color="processing">{t(k('unsavedChanges'))}</Tag>}
            {base && (
              <Typography.Text type="secondary">
                {t(k('versionInfo'), { version: base.version, at: formatDateTime(base.updatedAt, language), name: base.updatedBy ?? t('audit.actor.unknown') })}
              </Typography.Text>
            )}
          </Space>
        </div>
        <Space wrap>
          {base && (
            <Button icon={<HistoryOutlined />} onClick={() => editor.setVersionsOpen(true)}>
              {t(k('action.versions'))}
            </Button>
          )}
          <Button icon={<MobileOutlined />} onClick={() => setPreviewOpen(true)}>
            {t(k('action.preview'))}
          </Button>
          {isAdmin && base && base.status !== 'archived' && (
            <Button danger icon={<InboxOutlined />} disabled={busy} loading={editor.archive.isPending} onClick={editor.confirmArchive}>
              {t(k('action.archive'))}
            </Button>
          )}
          {isAdmin && (
            <Button icon={<SaveOutlined />} disabled={(base !== null && !dirty) || (busy && !editor.save.isPending)} loading={editor.save.isPending} onClick={() => editor.save.mutate()}>
              {t(k('action.save'))}
            </Button>
          )}
          {isAdmin && base && (
            <Tooltip title={upToDate && !dirty ? t(k('publish.upToDate')) : undefined}>
              <Button type="primary" icon={<SendOutlined />} disabled={(upToDate && !dirty) || (busy && !editor.publish.isPending)} loading={editor.publish.isPending} onClick={editor.confirmPublish}>
                {t(k('action.publish'))}
              </Button>
            </Tooltip>
          )}
        </Space>
      </Flex>

      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {readOnly && <Alert type="info" showIcon title={t(k('readOnly'))} />}
        {base?.status === 'draft' && <Alert type="info" showIcon title={t(k('state.draft'))} />}
        {upToDate && <Alert type="success" showIcon title={t(k('state.published'), { at: formatDateTime(base.publishedAt, language) })} />}
        {unpublished && base && (
          <Alert
            type="warning"
            showIcon
            title={t(k('state.unpublished'), { version: publishedVersion, at: formatDateTime(base.publishedAt, language) })}
            action={
              <Button size="small" icon={<DiffOutlined />} onClick={() => setCompare([publishedVersion ?? 0, base.version])}>
                {t(k('state.compareWithPublished'))}
              </Button>
            }
          />
        )}
        {base?.status === 'archived' && <Alert type="warning" showIcon title={t(k('state.archived'))} />}
        {notices}
        {conflict !== null && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={describeError(conflict, t).message}
            description={t(k('conflict.description'))}
            action={
              <Space orientation="vertical">
                <Button size="small" type="primary" loading={editor.reload.isPending && editor.reload.variables === true} onClick={() => editor.reload.mutate(true)}>
                  {t(k('conflict.reapply'))}
                </Button>
                <Button size="small" danger onClick={editor.confirmDiscard}>
                  {t(k('conflict.discard'))}
                </Button>
              </Space>
            }
          />
        )}
        {editor.mergeConflicts.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: editor.clearMergeConflicts }}
            title={t(k('conflict.overlap'))}
            description={editor.mergeConflicts.map(fieldLabel).join(t('policies.listSeparator'))}
          />
        )}
        <SaveErrorAlert form={editor.form} failure={failure} fieldLabel={fieldLabel} />
      </Flex>

      {children}

      <Drawer title={t(k('preview.title'))} open={previewOpen} onClose={() => setPreviewOpen(false)} size={480} destroyOnHidden>
        {previewOpen && preview()}
      </Drawer>
      {base && (
        <VersionsDrawer
          open={editor.versionsOpen}
          onClose={() => editor.setVersionsOpen(false)}
          versions={editor.versionsQuery}
          currentVersion={base.version}
          publishedVersion={publishedVersion}
          canRestore={isAdmin}
          restoring={editor.restore.isPending}
          onCompare={setCompare}
          onRestore={editor.confirmRestore}
        />
      )}
      <Modal title={t('policies.compare.title')} open={compare !== null} onCancel={() => setCompare(null)} footer={null} width={1100} destroyOnHidden>
        {compare && base && renderCompare(compare)}
      </Modal>
    </>
  );
}
