import {
  BoldOutlined,
  ClearOutlined,
  CodeOutlined,
  DisconnectOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Popover, Space, theme, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanRichText } from '../services/rich-text';

type Props = {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  disabled?: boolean;
  lang?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning' | '';
};

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

/**
 * A small rich-text editor: contentEditable with the formatting the server's allow-list keeps
 * (paragraphs, bold, italic, underline, h3/h4, lists, quotes, links), pastes cleaned to that list,
 * and an HTML source view for what the toolbar does not offer (tables). Emits cleaned HTML.
 */
export function RichTextEditor({ id, value = '', onChange, disabled, lang, status, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const editor = useRef<HTMLDivElement>(null);
  /** the HTML this editor last emitted: a value equal to it came from typing and must not reset the caret */
  const emitted = useRef<string | null>(null);
  /** the element last filled from `value` (the visual view is a new element after the source view) */
  const filled = useRef<HTMLDivElement | null>(null);
  const selection = useRef<Range | null>(null);
  const [source, setSource] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [link, setLink] = useState('https://');

  useEffect(() => {
    const element = editor.current;
    if (!element || (value === emitted.current && filled.current === element)) return;
    // cleaned first: nothing outside the allow-list (an <img onerror>) ever reaches the live DOM
    const html = cleanRichText(value);
    if (element.innerHTML !== html) element.innerHTML = html;
    emitted.current = value;
    filled.current = element;
  }, [value, source]);

  const emit = () => {
    const element = editor.current;
    if (!element) return;
    const html = cleanRichText(element.innerHTML);
    emitted.current = html;
    onChange?.(html);
  };

  const command = (name: string, argument?: string) => {
    editor.current?.focus();
    // execCommand is deprecated but still the only editing primitive every browser implements
    // for contentEditable; absent (jsdom), the toolbar simply does nothing.
    if (typeof document.execCommand !== 'function') return;
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand(name, false, argument);
    emit();
  };

  const rememberSelection = () => {
    const current = window.getSelection();
    const range = current && current.rangeCount > 0 ? current.getRangeAt(0) : null;
    selection.current = range && editor.current?.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  };

  const insertLink = () => {
    const url = link.trim();
    if (!SAFE_LINK.test(url)) return;
    const range = selection.current;
    editor.current?.focus();
    if (range) {
      const current = window.getSelection();
      current?.removeAllRanges();
      current?.addRange(range);
    }
    if (range && !range.collapsed) command('createLink', url);
    else command('insertHTML', `<a href="${url.replace(/"/g, '&quot;')}">${url.replace(/</g, '&lt;')}</a>`);
    setLinkOpen(false);
  };

  const tool = (label: string, icon: ReactNode, run: () => void) => (
    <Tooltip title={label} key={label}>
      <Button
        size="small"
        type="text"
        aria-label={label}
        icon={icon}
        disabled={source}
        // keep the caret in the text while clicking the toolbar
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      />
    </Tooltip>
  );
  const text = (label: string, glyph: string, run: () => void) => (
    <Tooltip title={label} key={label}>
      <Button size="small" type="text" aria-label={label} disabled={source} onMouseDown={(event) => event.preventDefault()} onClick={run}>
        {glyph}
      </Button>
    </Tooltip>
  );

  const border = status === 'error' ? token.colorError : token.colorBorder;

  return (
    <div style={{ border: `1px solid ${border}`, borderRadius: token.borderRadius, background: disabled ? token.colorBgContainerDisabled : token.colorBgContainer }}>
      {!disabled && (
        <Flex wrap align="center" role="toolbar" aria-label={t('policies.editor.toolbar')} style={{ borderBottom: `1px solid ${token.colorBorderSecondary}`, padding: 4 }}>
          {tool(t('policies.editor.bold'), <BoldOutlined />, () => command('bold'))}
          {tool(t('policies.editor.italic'), <ItalicOutlined />, () => command('italic'))}
          {tool(t('policies.editor.underline'), <UnderlineOutlined />, () => command('underline'))}
          {text(t('policies.editor.heading3'), 'H3', () => command('formatBlock', 'h3'))}
          {text(t('policies.editor.heading4'), 'H4', () => command('formatBlock', 'h4'))}
          {text(t('policies.editor.paragraph'), '¶', () => command('formatBlock', 'p'))}
          {tool(t('policies.editor.bulletList'), <UnorderedListOutlined />, () => command('insertUnorderedList'))}
          {tool(t('policies.editor.numberedList'), <OrderedListOutlined />, () => command('insertOrderedList'))}
          {text(t('policies.editor.quote'), '❝', () => command('formatBlock', 'blockquote'))}
          <Popover
            trigger="click"
            open={linkOpen && !source}
            onOpenChange={(open) => {
              if (open) rememberSelection();
              setLinkOpen(open);
            }}
            content={
              <Space.Compact>
                <Input
                  autoFocus
                  value={link}
                  aria-label={t('policies.editor.link.url')}
                  onChange={(event) => setLink(event.target.value)}
                  onPressEnter={insertLink}
                  status={link.trim() && !SAFE_LINK.test(link.trim()) ? 'error' : ''}
                  style={{ width: 260 }}
                />
                <Button type="primary" onClick={insertLink} disabled={!SAFE_LINK.test(link.trim())}>
                  {t('policies.editor.link.insert')}
                </Button>
              </Space.Compact>
            }
          >
            <Tooltip title={t('policies.editor.link')}>
              <Button size="small" type="text" aria-label={t('policies.editor.link')} icon={<LinkOutlined />} disabled={source} onMouseDown={(event) => event.preventDefault()} />
            </Tooltip>
          </Popover>
          {tool(t('policies.editor.unlink'), <DisconnectOutlined />, () => command('unlink'))}
          {tool(t('policies.editor.clear'), <ClearOutlined />, () => command('removeFormat'))}
          <Tooltip title={t('policies.editor.source')}>
            <Button size="small" type={source ? 'primary' : 'text'} aria-pressed={source} aria-label={t('policies.editor.source')} icon={<CodeOutlined />} onClick={() => setSource((s) => !s)} />
          </Tooltip>
        </Flex>
      )}
      {source && !disabled ? (
        <Input.TextArea
          id={id}
          value={value}
          lang={lang}
          aria-label={ariaLabel}
          variant="borderless"
          rows={12}
          style={{ fontFamily: token.fontFamilyCode, fontSize: 12 }}
          onChange={(event) => onChange?.(event.target.value)}
          onBlur={() => onChange?.(cleanRichText(value))}
        />
      ) : (
        <div
          id={id}
          ref={editor}
          lang={lang}
          role="textbox"
          aria-multiline="true"
          aria-label={ariaLabel}
          aria-readonly={disabled || undefined}
          contentEditable={!disabled}
          suppressContentEditableWarning
          className="zs-rich-text"
          style={{ minHeight: 160, maxHeight: 480, overflow: 'auto', padding: '4px 11px', outline: 'none', lineHeight: 1.7 }}
          onInput={emit}
          onPaste={(event) => {
            event.preventDefault();
            const html = event.clipboardData.getData('text/html');
            const plain = event.clipboardData.getData('text/plain');
            const cleaned = html ? cleanRichText(html) : plain.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
            command('insertHTML', cleaned);
          }}
        />
      )}
      {source && !disabled && (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '0 11px 4px', fontSize: 12 }}>
          {t('policies.editor.source.help')}
        </Typography.Text>
      )}
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
