import { getCollection } from 'astro:content';

/** The guideline's chapters in the adopted document's order. */
export async function getChapters() {
  return (await getCollection('riktlinjer')).sort((a, b) => a.data.order - b.data.order);
}
