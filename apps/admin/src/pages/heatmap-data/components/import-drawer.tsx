import { CheckCircleOutlined, CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@zhaoshang/api-client';
import { IMPORT_MAX_ROWS, type ImportResult } from '@zhaoshang/contracts';
import { Alert, Button, Collapse, Drawer, Flex, Progress, Space, Table, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useAdminApi } from '../../../services/api-context';
import { describeError } from '../../../services/errors';
import { saveFile } from '../../../services/save-file';
import type { DataKind, HeatmapRecord, ViewContext } from '../data-kind';
import { BODY_LIMIT_BYTES, fileProblem, formatBytes, MAX_IMPORT_FILE_BYTES, readAsBase64, rejectedRows, reportOf, templateCsv } from '../import-file';
import { sendImport } from '../upload';
import { ImportReport } from './import-report';
import { listKey } from './record-drawer';

type Phase = 'reading' | 'uploading' | 'processing';
/** Kept as the server said it, so the report follows a change of UI language. */
type Outcome =
  | { kind: 'checked'; result: ImportResult }
  | { kind: 'imported'; result: ImportResult }
  /** rejected rows (VALIDATION_FAILED) or another refusal, or no answer at all (NETWORK) */
  | { kind: 'failed'; dryRun: boolean; error: unknown }
  | { kind: 'unreadable'; dryRun: boolean };

/** Progress shares of the three phases: reading is local and quick, the upload is most of the wait. */
const READ_SHARE = 20;
const UPLOAD_SHARE = 70;

type Props<R extends HeatmapRecord, I, V extends object> = { kind: DataKind<R, I, V>; ctx: ViewContext; onClose: () => void };

/**
 * Bulk import: pick a CSV or XLSX file, check it (a dry run: the row-by-row report, nothing
 * written), then import it. The server takes all rows or none, so a failed import changes nothing.
 */
export function ImportDrawer<R extends HeatmapRecord, I, V extends object>({ kind, ctx, onClose }: Props<R, I, V>) {
  const { t, language } = ctx;
  const adminApi = useAdminApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [percent, setPercent] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** the chosen file's content, read once for the check and the import */
  const content = useRef<string | null>(null);
  const problem = file ? fileProblem(file, language) : null;
  const running = phase !== null;

  const choose = (picked: File | null) => {
    setFile(picked);
    content.current = null;
    setOutcome(null);
    setPercent(0);
  };

  const run = async (dryRun: boolean) => {
    if (!file || problem) return;
    setOutcome(null);
    setPercent(0);
    try {
      if (content.current === null) {
        setPhase('reading');
        try {
          content.current = await readAsBase64(file, (f) => setPercent(Math.round(f * READ_SHARE)));
        } catch {
          setOutcome({ kind: 'unreadable', dryRun });
          return;
        }
      }
      setPhase('uploading');
      setPercent(READ_SHARE);
      const result = await sendImport(adminApi, () => language, kind.target, { filename: file.name, contentBase64: content.current, dryRun }, (f) => {
        setPercent(Math.round(READ_SHARE + f * UPLOAD_SHARE));
        if (f >= 1) setPhase('processing');
      });
      setPercent(100);
      setOutcome({ kind: dryRun ? 'checked' : 'imported', result });
      if (!dryRun) void queryClient.invalidateQueries({ queryKey: listKey(kind.target) });
    } catch (error) {
      setOutcome({ kind: 'failed', dryRun, error });
    } finally {
      setPhase(null);
    }
  };

  const checked = outcome?.kind === 'checked' ? outcome.result : null;
  const status = running ? 'active' : outcome === null ? 'normal' : outcome.kind === 'checked' || outcome.kind === 'imported' ? 'success' : 'exception';

  return (
    <Drawer open size={860} title={t(`${kind.target}.import.title`)} onClose={onClose} maskClosable={!running}>
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('import.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => saveFile({ blob: templateCsv(kind.importColumns), filename: `${kind.target}-template.csv` })}>
            {t('import.template')}
          </Button>
        </Space>
        <ColumnsHelp kind={kind} ctx={ctx} />
        <Upload.Dragger
          accept=".csv,.xlsx"
          multiple={false}
          disabled={running}
          beforeUpload={(picked) => {
            choose(picked);
            // nothing goes out until the user asks for the check
            return false;
          }}
          onRemove={() => choose(null)}
          fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: problem ? 'error' : 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.pick')}</p>
          <p className="ant-upload-hint">{t('import.pick.hint', { max: formatBytes(MAX_IMPORT_FILE_BYTES, language), rows: new Intl.NumberFormat(language).format(IMPORT_MAX_ROWS) })}</p>
        </Upload.Dragger>
        {problem && <Alert role="alert" type="error" showIcon title={t(problem.key, problem.params)} />}
        <Space wrap>
          <Button icon={<CheckCircleOutlined />} disabled={!file || problem !== null || running} loading={running && !checked} onClick={() => void run(true)}>
            {t('import.check')}
          </Button>
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={!checked || running} loading={running && checked !== null} onClick={() => void run(false)}>
            {checked ? t('import.run.count', { rows: checked.rows }) : t('import.run')}
          </Button>
        </Space>
        {(running || outcome) && (
          <div>
            <Progress percent={percent} status={status} aria-label={t('import.progress')} />
            <Typography.Text type="secondary">{running && phase ? t(`import.phase.${phase}`) : null}</Typography.Text>
          </div>
        )}
        {outcome && <OutcomeView outcome={outcome} columns={kind.importColumns} ctx={ctx} />}
      </Flex>
    </Drawer>
  );
}

function OutcomeView({ outcome, columns, ctx }: { outcome: Outcome; columns: readonly string[]; ctx: ViewContext }) {
  const { t, language } = ctx;
  switch (outcome.kind) {
    case 'checked':
      return <Alert type="success" showIcon title={t('import.checked', { ...outcome.result })} description={t('import.checked.next')} />;
    case 'imported':
      return <Alert type="success" showIcon title={t('import.done', { ...outcome.result })} />;
    case 'unreadable':
      return <Alert role="alert" type="error" showIcon title={t(outcome.dryRun ? 'import.checkFailed' : 'import.failed.nothing')} description={t('import.file.unreadable')} />;
    case 'failed': {
      const { error, dryRun } = outcome;
      const lines = reportOf(error, columns, t);
      if (lines) {
        return (
          <Flex vertical gap={8}>
            <Alert
              role="alert"
              type="error"
              showIcon
              title={t(dryRun ? 'import.rejected' : 'import.failed', { problems: lines.length, rows: rejectedRows(lines) })}
              description={t('import.rejected.fix')}
            />
            <ImportReport lines={lines} ctx={ctx} />
          </Flex>
        );
      }
      const message =
        error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE' ? t('import.tooLargeForServer', { limit: formatBytes(BODY_LIMIT_BYTES, language) }) : describeError(error, t).message;
      // without an answer an import may have gone through: say so rather than "nothing changed"
      const unknown = !dryRun && error instanceof ApiError && error.code === 'NETWORK';
      return (
        <Alert
          role="alert"
          type={unknown ? 'warning' : 'error'}
          showIcon
          title={unknown ? t('import.failed.unknown') : t(dryRun ? 'import.checkFailed' : 'import.failed.nothing')}
          description={message}
        />
      );
    }
  }
}

/** What each column takes, with the codes the district knows where a column names one. */
function ColumnsHelp<R extends HeatmapRecord, I, V extends object>({ kind, ctx }: { kind: DataKind<R, I, V>; ctx: ViewContext }) {
  const { t } = ctx;
  const rows = kind.importColumns.map((column) => ({ column, required: kind.requiredColumns.includes(column), codes: kind.columnCodes?.(column, ctx) }));
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'columns',
          label: t('import.columns', { n: rows.length }),
          children: (
            <Table
              size="small"
              rowKey="column"
              pagination={false}
              dataSource={rows}
              columns={[
                { key: 'column', title: t('import.report.column'), width: 150, render: (_, row) => <code>{row.column}</code> },
                { key: 'required', title: t('import.columns.required'), width: 90, render: (_, row) => (row.required ? t('import.columns.yes') : '') },
                {
                  key: 'meaning',
                  title: t('import.columns.meaning'),
                  render: (_, row) => (
                    <>
                      {t(`import.column.${row.column}`)}
                      {row.codes && row.codes.length > 0 && (
                        <Typography.Text type="secondary" style={{ display: 'block' }}>
                          {t('import.columns.codes', { codes: row.codes.join(', ') })}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
