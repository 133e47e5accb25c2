import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { App, type FormInstance } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useFormErrors } from '../../hooks/use-form-errors';
import { useSession } from '../../services/api-context';
import { describeError, type ShownError } from '../../services/errors';
import { placeFieldErrors, type NamePath } from '../../services/forms';
import { rebase, sameValues } from './form-values';
import type { VersionsQuery } from './versions-drawer';

/** What every versioned document's working copy has (policy, guide page). */
export type EditedDocument = { id: number; version: number; status: 'draft' | 'published' | 'archived'; updatedAt: string; publishedAt: string | null; updatedBy: string | null };

/**
 * The i18n key of one of the editor's texts, from its generic name (`state.draft`, `readOnly`):
 * each kind of document words the ones that name it ("this policy", "this page").
 */
export type EditorTextKey = (key: string) => string;

export type DocumentEditorOptions<D extends EditedDocument, V> = {
  form: FormInstance<V>;
  /** null while creating */
  id: number | null;
  initial: D | null;
  emptyValues: () => V;
  toFormValues: (document: D) => V;
  /** the cache entry of one document, updated with every copy the server answers */
  documentKey: (id: number) => readonly unknown[];
  /** what else to refresh after a change (the list or tree) */
  invalidate: readonly (readonly unknown[])[];
  versions: (id: number) => VersionsQuery;
  /** checks `values` with the shared schema and creates (no `base`) or saves them against `base.version` */
  save: (values: V, base: D | null) => Promise<D>;
  load: (id: number) => Promise<D>;
  publish: (base: D) => Promise<D>;
  archive: (base: D) => Promise<D>;
  restore: (base: D, version: number) => Promise<D>;
  onCreated?: (document: D) => void;
  /** the first field an error landed on (to switch to its language tab, say) */
  onFirstError?: (path: NamePath) => void;
  textKey: EditorTextKey;
};

/**
 * The editing machinery of a versioned document in the console, as the policy editor has it:
 * the saved copy the form started from (its version goes with every save), unsaved-change
 * tracking with a warning before leaving, save / publish / archive / restore with confirmation,
 * a stale version (CONFLICT) offering to reload with the user's edits re-applied, and every other
 * failure placed on its field or shown in the banner.
 */
export function useDocumentEditor<D extends EditedDocument, V>(options: DocumentEditorOptions<D, V>) {
  const { form, id, initial, textKey: k } = options;
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const isAdmin = session?.user.role === 'admin';
  const formErrors = useFormErrors(form, 'registered');
  // the options are a fresh object each render: the callbacks read the latest
  const latest = useRef(options);
  latest.current = options;

  /** the saved copy the form started from: its version goes with the next save */
  const [base, setBase] = useState<D | null>(initial);
  const baseRef = useRef<D | null>(initial);
  const baseValues = useRef<V>(options.emptyValues());
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const [mergeConflicts, setMergeConflicts] = useState<string[]>([]);

  const versionsQuery = options.versions(id ?? 0);
  const versions = useQuery({ ...versionsQuery, enabled: id !== null });
  const publishedVersion = versions.data?.items.find((v) => v.action === 'publish')?.version ?? null;

  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  /** Makes `saved` the copy being edited; with `keepEdits`, the user's unsaved edits are re-applied on top. */
  const adopt = useCallback(
    (saved: D, { keepEdits = false }: { keepEdits?: boolean } = {}) => {
      const o = latest.current;
      const theirs = o.toFormValues(saved);
      let next = theirs;
      let conflicts: string[] = [];
      if (keepEdits && dirtyRef.current) {
        ({ values: next, conflicts } = rebase(baseValues.current, form.getFieldsValue(true) as V, theirs));
      }
      form.resetFields();
      form.setFieldsValue(next as Parameters<typeof form.setFieldsValue>[0]);
      baseRef.current = saved;
      baseValues.current = theirs;
      setBase(saved);
      markDirty(!sameValues(next, theirs));
      setMergeConflicts(conflicts);
      queryClient.setQueryData(o.documentKey(saved.id), saved);
      for (const key of o.invalidate) void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: o.versions(saved.id).queryKey });
    },
    [form, queryClient],
  );

  // before the first paint, so the form never shows empty
  useLayoutEffect(() => {
    if (initial) adopt(initial);
    // the editor is keyed by document: `initial` is read once
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Leaving with unsaved edits asks first: inside the console, and when closing or reloading the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t(k('leave.title')),
      content: t(k('leave.body')),
      okText: t(k('leave.ok')),
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const revealFirstError = (shown: ShownError) => {
    const first = placeFieldErrors(form, shown, 'registered').placed[0]?.[0];
    if (!first) return;
    latest.current.onFirstError?.(first);
    // jsdom has no scrolling; browsers bring the field into view
    if (typeof Element.prototype.scrollIntoView === 'function') setTimeout(() => form.scrollToField(first, { block: 'center' }), 0);
  };

  /** Every failure goes through the one mapping: a stale version offers to reload, the rest lands on fields or the banner. */
  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setConflict(error);
      setFailure(null);
      return;
    }
    setFailure(error);
    revealFirstError(formErrors.show(error));
  };
  const succeed = () => {
    setFailure(null);
    setConflict(null);
    formErrors.forget();
  };

  const saveWorkingCopy = () => latest.current.save(form.getFieldsValue(true) as V, id === null ? null : baseRef.current);

  const save = useMutation({
    mutationFn: saveWorkingCopy,
    onSuccess: (saved) => {
      succeed();
      adopt(saved);
      void message.success(t(k('saved')));
      if (id === null) latest.current.onCreated?.(saved);
    },
    onError: fail,
  });
  const publish = useMutation({
    mutationFn: async () => {
      let current = baseRef.current as D;
      // what the user sees in the form is what gets published
      if (dirtyRef.current) {
        current = await saveWorkingCopy();
        adopt(current);
      }
      return latest.current.publish(current);
    },
    onSuccess: (published) => {
      succeed();
      adopt(published);
      void message.success(t(k('publishedMessage')));
    },
    onError: fail,
  });
  const archive = useMutation({
    mutationFn: () => latest.current.archive(baseRef.current as D),
    onSuccess: (archived) => {
      succeed();
      // unsaved edits stay in the form, on top of the archived copy
      adopt(archived, { keepEdits: true });
      void message.success(t(k('archivedMessage')));
    },
    onError: fail,
  });
  const [versionsOpen, setVersionsOpen] = useState(false);
  const restore = useMutation({
    mutationFn: (version: number) => latest.current.restore(baseRef.current as D, version),
    onSuccess: (restored, version) => {
      succeed();
      adopt(restored);
      setVersionsOpen(false);
      void message.success(t(k('restoredMessage'), { version }));
    },
    onError: fail,
  });
  const reload = useMutation({
    mutationFn: (_keepEdits: boolean) => queryClient.fetchQuery({ queryKey: latest.current.documentKey(id ?? 0), queryFn: () => latest.current.load(id ?? 0), staleTime: 0 }),
    onSuccess: (fresh, keepEdits) => {
      succeed();
      adopt(fresh, { keepEdits });
      if (keepEdits) void message.info(t(k('conflict.reapplied')));
    },
    onError: (error) => setFailure(error),
  });
  const busy = save.isPending || publish.isPending || archive.isPending || restore.isPending || reload.isPending;

  const confirmPublish = () =>
    modal.confirm({
      title: t(k('publish.confirm.title')),
      content: dirtyRef.current ? `${t(k('publish.confirm.body'))} ${t(k('publish.confirm.unsaved'))}` : t(k('publish.confirm.body')),
      okText: t(k('action.publish')),
      cancelText: t('common:action.cancel'),
      onOk: () => publish.mutateAsync().catch(() => undefined),
    });
  const confirmArchive = () =>
    modal.confirm({
      title: t(k('archive.confirm.title')),
      content: dirtyRef.current ? `${t(k('archive.confirm.body'))} ${t(k('archive.confirm.unsaved'))}` : t(k('archive.confirm.body')),
      okText: t(k('action.archive')),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: () => archive.mutateAsync().catch(() => undefined),
    });
  const confirmRestore = (version: number) =>
    modal.confirm({
      title: t(k('restore.confirm.title'), { version }),
      content: dirtyRef.current ? `${t(k('restore.confirm.body'))} ${t(k('restore.confirm.unsaved'))}` : t(k('restore.confirm.body')),
      okText: t('policies.versions.restore'),
      cancelText: t('common:action.cancel'),
      onOk: () => restore.mutateAsync(version).catch(() => undefined),
    });
  const confirmDiscard = () =>
    modal.confirm({
      title: t(k('conflict.discard.confirm')),
      okText: t(k('conflict.discard')),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: () => reload.mutateAsync(false).catch(() => undefined),
    });

  return {
    form,
    textKey: k,
    isAdmin,
    readOnly: !isAdmin,
    base,
    dirty,
    busy,
    failure,
    conflict,
    mergeConflicts,
    clearMergeConflicts: () => setMergeConflicts([]),
    publishedVersion,
    versionsQuery,
    versionsOpen,
    setVersionsOpen,
    save,
    publish,
    archive,
    restore,
    reload,
    confirmPublish,
    confirmArchive,
    confirmRestore,
    confirmDiscard,
    /** for the form's onValuesChange: a changed form forgets the last failure and tracks unsaved edits */
    onValuesChange: () => {
      formErrors.forget();
      markDirty(!sameValues(form.getFieldsValue(true), baseValues.current));
    },
  };
}

export type DocumentEditorState<D extends EditedDocument> = ReturnType<typeof useDocumentEditor<D, unknown>>;
