import { fireEvent, waitFor, within } from '@testing-library/react';

/** Opens the antd select labelled `label` and picks the option reading `option`, as a user would. */
export async function choose(label: string, option: string, container: HTMLElement = document.body) {
  fireEvent.mouseDown(within(container).getByLabelText(label));
  const pick = await waitFor(() => {
    // the open list is the last one rendered; an option's text may also be on the page elsewhere
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter((el) => el.textContent === option).pop();
    if (!found) throw new Error(`no option "${option}" for "${label}"`);
    return found;
  });
  fireEvent.click(pick);
}

/** The first button whose text is `name` (role queries are slow on large antd pages in jsdom). */
export function buttonNamed(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const found = within(container)
    .queryAllByText(name)
    .map((label) => label.closest('button'))
    .find((el): el is HTMLButtonElement => el !== null);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Types into a field and submits it with Enter (antd's search boxes). */
export function search(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** Text of `{{name}}` placeholders filled in, as i18next would. */
export function fill(text: string | undefined, values: Record<string, string | number>): string {
  if (text === undefined) throw new Error('missing text');
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
