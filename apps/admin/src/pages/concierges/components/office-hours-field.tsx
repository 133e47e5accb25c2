import { Checkbox, Col, Form, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { TIMES, timeZones } from '../concierge-form';

type Props = { t: TFunction; rules: (field: string) => Rule[]; readOnly: boolean };

/** Working days, opening and closing time, and the time zone they are in (the concierge's own clock). */
export function OfficeHoursField({ t, rules, readOnly }: Props) {
  const form = Form.useFormInstance();
  const timezone = (Form.useWatch(['officeHours', 'timezone'], form) as string | undefined) ?? '';
  const zones = useMemo(() => timeZones(timezone).map((z) => ({ value: z, label: z })), [timezone]);
  const times = TIMES.map((time) => ({ value: time, label: time }));
  // a change of one end re-checks the other: "closing after opening" concerns both
  const recheck = () => void form.validateFields([['officeHours', 'from'], ['officeHours', 'to']]).catch(() => undefined);
  return (
    <>
      <Form.Item name={['officeHours', 'days']} label={t('officeHours.days')} rules={rules('officeHours.days')}>
        <Checkbox.Group
          disabled={readOnly}
          aria-label={t('officeHours.days')}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`day.${d}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name={['officeHours', 'from']} label={t('officeHours.from')} rules={rules('officeHours.from')}>
            <Select showSearch virtual={false} disabled={readOnly} aria-label={t('officeHours.from')} options={times} onChange={recheck} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['officeHours', 'to']} label={t('officeHours.to')} rules={rules('officeHours.to')}>
            <Select showSearch virtual={false} disabled={readOnly} aria-label={t('officeHours.to')} options={times} onChange={recheck} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['officeHours', 'timezone']} label={t('officeHours.timezone')} rules={rules('officeHours.timezone')}>
            <Select showSearch disabled={readOnly} aria-label={t('officeHours.timezone')} options={zones} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('officeHours.help')}</Typography.Text>
    </>
  );
}
