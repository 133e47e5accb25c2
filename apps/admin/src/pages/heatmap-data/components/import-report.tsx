import { Table, type TableColumnsType } from 'antd';
import type { ViewContext } from '../data-kind';
import type { ReportLine } from '../import-file';

/** The rejected rows: spreadsheet row, column and why, in the UI language. */
export function ImportReport({ lines, ctx }: { lines: ReportLine[]; ctx: ViewContext }) {
  const { t } = ctx;
  const columns: TableColumnsType<ReportLine> = [
    { key: 'row', title: t('import.report.row'), width: 90, render: (_, line) => (line.row === null ? t('import.report.file') : line.row === 1 ? t('import.report.header') : line.row) },
    { key: 'column', title: t('import.report.column'), width: 160, render: (_, line) => (line.column === null ? '—' : <code>{line.column}</code>) },
    { key: 'message', dataIndex: 'message', title: t('import.report.problem') },
  ];
  return (
    <Table<ReportLine>
      size="small"
      rowKey="key"
      aria-label={t('import.report.label')}
      columns={columns}
      dataSource={lines}
      pagination={lines.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
