/**
 * Word lists the corpus generator composes stories from. Every phrase here was written for
 * this project; combined by ./article.ts they give plausible, varied, obviously synthetic news.
 */

export interface SectionVocabulary {
  /** Who acts in this section's stories. */
  actors: string[];
  /** What the story is about (plural or mass nouns read best). */
  subjects: string[];
  /** Present-tense headline verbs. */
  verbs: string[];
  /** Topics an editor would tag, most common first. */
  tags: string[];
  kickers: string[];
  places: string[];
}

/** Places with accents and apostrophes, which slugs, tags and datelines must survive. */
export const ACCENTED_PLACES = [
  'São Paulo', "Côte d'Ivoire", 'Zürich', 'Kraków', 'Malmö', 'Bogotá', 'Reykjavík', 'Curaçao',
  'Düsseldorf', 'Québec', 'Gdańsk', 'Córdoba', 'Besançon', 'Tromsø', 'Łódź', 'Île-de-France',
];

const UK_PLACES = [
  'Leeds', 'Hull', 'York', 'Sheffield', 'Bradford', 'Whitby', 'Harrogate', 'Keswick', 'Carlisle', 'Durham',
  'Sunderland', 'Lancaster', 'Preston', 'Grimsby', 'Scarborough', 'Barnsley', 'Wakefield', 'Kendal', 'Skipton', 'Doncaster',
];

const WORLD_PLACES = [
  'Seoul', 'Lisbon', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Accra', 'Brussels', 'Warsaw', 'Manila', 'Santiago', 'Dublin',
  ...ACCENTED_PLACES,
];

export const SECTIONS: Record<string, SectionVocabulary> = {
  'top-news': {
    actors: ['ministers', 'the government', 'MPs', 'regulators', 'police', 'health leaders', 'the Treasury', 'opposition leaders'],
    subjects: ['emergency funding', 'rail fares', 'hospital waiting lists', 'flood defences', 'energy price caps', 'school budgets', 'housing targets', 'prison places'],
    verbs: ['approve', 'delay', 'back', 'reject', 'review', 'expand', 'cut', 'freeze'],
    tags: ['Politics', 'Economy', 'Health', 'Transport', 'Housing', 'Energy', 'Education', 'Justice', 'Weather', 'Brexit'],
    kickers: ['Westminster', 'Breaking', 'Analysis', 'Exclusive'],
    places: ['LONDON', 'WESTMINSTER', ...UK_PLACES.map((place) => place.toUpperCase())],
  },
  world: {
    actors: ['ministers', 'protesters', 'the central bank', 'aid agencies', 'farmers', 'election officials', 'the coastguard', 'trade unions'],
    subjects: ['fuel subsidies', 'grain exports', 'border checks', 'water rationing', 'coastal patrols', 'cocoa prices', 'ceasefire talks', 'vaccine supplies'],
    verbs: ['approve', 'suspend', 'resume', 'reject', 'extend', 'defend', 'tighten', 'relax'],
    tags: ['Diplomacy', 'Trade', 'Climate', 'Agriculture', 'Elections', 'Migration', 'Defence', 'Human rights', ...ACCENTED_PLACES],
    kickers: ['Diplomacy', 'Climate', 'Commodities', 'Elections'],
    places: WORLD_PLACES.map((place) => place.toUpperCase()),
  },
  uk: {
    actors: ['the council', 'residents', 'campaigners', 'the water company', 'bus operators', 'lifeboat crews', 'health trusts', 'the fire service'],
    subjects: ['bus routes', 'library hours', 'harbour repairs', 'park closures', 'bin collections', 'maternity services', 'school places', 'parking charges'],
    verbs: ['save', 'axe', 'restore', 'oppose', 'approve', 'pause', 'review', 'fund'],
    tags: ['Local government', 'Transport', 'Health', 'Environment', 'Housing', 'Weather', 'Coast', 'Yorkshire', 'Cumbria', 'Rail'],
    kickers: ['Local', 'Transport', 'Coast', 'Campaign'],
    places: UK_PLACES.map((place) => place.toUpperCase()),
  },
  business: {
    actors: ['lenders', 'retailers', 'the watchmaker', 'regional banks', 'bakery chains', 'shipping firms', 'energy suppliers', 'small firms'],
    subjects: ['profit forecasts', 'job cuts', 'store openings', 'interest rates', 'credit lines', 'supply contracts', 'wage deals', 'share offers'],
    verbs: ['announce', 'scale back', 'raise', 'cut', 'confirm', 'delay', 'defend', 'double'],
    tags: ['Economy', 'Retail', 'Banking', 'Jobs', 'Manufacturing', 'Energy', 'Trade', 'Startups', 'Inflation', 'Markets'],
    kickers: ['Markets', 'Companies', 'Jobs', 'Retail'],
    places: ['LONDON', 'LEEDS', 'MANCHESTER', 'ZÜRICH', 'FRANKFURT', 'SÃO PAULO', 'DÜSSELDORF'],
  },
  lifestyle: {
    actors: ['cafés', 'walking groups', 'repair cafés', 'sea swimmers', 'allotment holders', 'bakers', 'gardeners', 'market traders'],
    subjects: ['winter menus', 'autumn walks', 'community kitchens', 'second-hand fashion', 'cold-water swimming', 'home repairs', 'seasonal recipes', 'garden wildlife'],
    verbs: ['embrace', 'rediscover', 'champion', 'rethink', 'celebrate', 'revive', 'share', 'test'],
    tags: ['Food', 'Travel', 'Wellbeing', 'Gardening', 'Homes', 'Fashion', 'Outdoors', 'Family', 'Sustainability', 'Drink'],
    kickers: ['Weekend', 'Food', 'Outdoors', 'Homes'],
    places: ['KESWICK', 'HARROGATE', 'WHITBY', 'YORK', 'KENDAL', 'LISBON', 'MALMÖ'],
  },
  sports: {
    actors: ['Harbourside Rovers', 'the county side', "the women's team", 'the rugby league club', 'para-swimmers', 'the cricket club', 'the league', 'young athletes'],
    subjects: ['a new head coach', 'cup hopes', 'ground improvements', 'season tickets', 'a record crowd', 'the relegation fight', 'a youth academy', 'a comeback win'],
    verbs: ['secure', 'chase', 'unveil', 'celebrate', 'confirm', 'seal', 'target', 'welcome'],
    tags: ['Football', 'Cricket', 'Rugby league', 'Swimming', 'Athletics', "Women's sport", 'Cycling', 'Tennis', 'Paralympics', 'Grassroots'],
    kickers: ['Football', 'Cricket', 'Rugby league', 'Match report'],
    places: ['HULL', 'LEEDS', 'SHEFFIELD', 'BRADFORD', 'SÃO PAULO', 'KRAKÓW', 'CÓRDOBA'],
  },
  entertainment: {
    actors: ['the film festival', 'a touring theatre', 'the orchestra', 'a folk band', 'playwrights', 'the music venue', 'gallery curators', 'pantomime producers'],
    subjects: ['an opening gala', 'winter tour dates', 'a new commission', 'ticket sales', 'a crowdfunding appeal', 'a retrospective', 'a debut album', 'a summer programme'],
    verbs: ['announce', 'unveil', 'stage', 'celebrate', 'postpone', 'launch', 'premiere', 'revive'],
    tags: ['Film', 'Theatre', 'Music', 'Art', 'Books', 'Festivals', 'Television', 'Comedy', 'Dance', 'Heritage'],
    kickers: ['Film', 'Stage', 'Music', 'Review'],
    places: ['SHEFFIELD', 'LEEDS', 'YORK', 'BERLIN', 'QUÉBEC', 'REYKJAVÍK', 'BESANÇON'],
  },
};

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chloé', 'Dariusz', 'Efua', 'Farid', 'Gemma', 'Hiroshi', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateus', 'Niamh',
  'Olu', 'Priyanka', 'Rafael', 'Siobhán', 'Tariq', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zofia', 'Agnès', 'Björn', 'Aoife', 'Joaquín',
];

export const SURNAMES = [
  'Achterberg', 'Bell', 'Castro', 'Dąbrowski', 'Eze', 'Fairbairn', 'García', 'Holloway', 'Iqbal', 'Jónsdóttir', 'Kamara', 'Lindqvist',
  'Mensah', "O'Donnell", 'Pereira', 'Quinn', 'Rahman', 'Søndergaard', 'Thorne', 'Uddin', 'Varga', 'Whitlock', 'Yilmaz', 'Zielińska',
];

export const SOURCE_ROLES = [
  'a spokesperson for the council', 'a local business owner', 'the chair of the residents group', 'an economist at a Leeds university',
  'a union representative', 'a senior official', 'a volunteer organiser', 'a former minister', 'a lecturer in public policy',
  'the head of the trade body', 'a parent of two', 'the club secretary',
];

export const AUTHOR_ROLES = [
  'Political Editor', 'World Affairs Correspondent', 'North of England Reporter', 'Business Reporter', 'Lifestyle Writer',
  'Sports Reporter', 'Arts Correspondent', 'Transport Correspondent', 'Health Reporter', 'Data Journalist', 'Economics Editor',
];

export const AGENCIES = ['Meridian Press', 'Continental Wire', 'Northline News Agency', 'Harbour Newswire'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const HEADINGS = [
  'What happens next', 'The background', 'Reaction', 'A long dispute', 'The numbers', 'Local concerns', 'Costs and funding',
  'Who is affected', 'A wider pattern', 'Looking ahead',
];

export const ALT_TEXTS = [
  'Illustration of a street scene at dusk', 'Illustration of a harbour with moored boats', 'Illustration of a crowd outside a town hall',
  'Illustration of hills under a cloudy sky', 'Illustration of a railway platform in the rain', 'Illustration of a market square',
];
