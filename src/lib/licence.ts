/** The open data licence (text on /du-lieu/, id and link in the JSON). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;
