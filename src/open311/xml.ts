/**
 * GeoReport v2 XML (the spec's required format). JSON and XML map onto each other by the Spark
 * convention: an array named `services` holds `<service>` elements, and so on, so one value renders
 * as either. Null renders as an empty element, as in the spec's examples.
 * https://wiki.open311.org/GeoReport_v2/#format-support
 */
const SINGULAR: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
}

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  )
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}></${name}>`
  if (Array.isArray(value)) {
    const item = SINGULAR[name] ?? 'item'
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('')
    return `<${name}>${inner}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}`
}
