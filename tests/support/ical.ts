/** A small RFC 5545 reader for tests: it throws on anything a strict calendar app would reject. */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  type: string;
  properties: Property[];
  children: Component[];
}

const octets = (text: string) => new TextEncoder().encode(text).length;

function fail(message: string): never {
  throw new Error(`Invalid iCalendar: ${message}`);
}

/** CRLF lines of at most 75 octets, unfolded, as nested BEGIN/END components. */
export function parseCalendar(text: string): Component {
  if (!text.endsWith('\r\n')) fail('it must end with CRLF');
  if (/[\r\n]/.test(text.replace(/\r\n/g, ''))) fail('a line ends with a bare CR or LF');
  const physical = text.slice(0, -2).split('\r\n');
  const long = physical.find((line) => octets(line) > 75);
  if (long) fail(`a line is longer than 75 octets: ${long}`);
  const logical = physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  const root: Component = { type: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const colon = line.indexOf(':');
    if (colon < 1) fail(`a line has no name: ${line}`);
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack.at(-1)!;
    if (name === 'BEGIN') {
      const child: Component = { type: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (current.type !== value) fail(`END:${value} closes ${current.type}`);
      stack.pop();
    } else {
      const pairs = params.map((param) => param.split('=') as [string, string]);
      current.properties.push({ name, params: Object.fromEntries(pairs), value });
    }
  }
  if (stack.length !== 1) fail(`${stack.at(-1)?.type} is never closed`);
  const [calendar, ...others] = root.children;
  if (!calendar || others.length > 0 || calendar.type !== 'VCALENDAR') {
    fail('it must hold exactly one VCALENDAR');
  }
  return calendar;
}

/** Undoes TEXT escaping: \\ \; \, and \n. */
export const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character.toLowerCase() === 'n' ? '\n' : character,
  );

export const property = (component: Component, name: string) =>
  component.properties.find((candidate) => candidate.name === name);
