// Entities of the document: states, leaders, ministries (implied ones marked), the council,
// agreements, facilities, places, events and topics. MERGE on id, then SET, so re-running is harmless.

MERGE (n:State {id: 'kazakhstan'})
SET n.name = 'Kazakhstan',
    n.aliases = ['Republic of Kazakhstan'],
    n.description = 'Republic of Kazakhstan; host of the April 2023 presidential meeting in Astana.';

MERGE (n:State {id: 'azerbaijan'})
SET n.name = 'Azerbaijan',
    n.aliases = ['Republic of Azerbaijan'],
    n.description = 'Republic of Azerbaijan; described by President Tokayev as an essential and trustworthy partner and a fraternal and close state.';

MERGE (n:Leader {id: 'kassym-jomart-tokayev'})
SET n.name = 'Kassym-Jomart Tokayev',
    n.aliases = ['Tokayev', 'President Tokayev'],
    n.title = 'President',
    n.description = 'President of Kazakhstan.';

MERGE (n:Leader {id: 'ilham-aliyev'})
SET n.name = 'Ilham Aliyev',
    n.aliases = ['President Aliyev'],
    n.title = 'President',
    n.description = 'President of Azerbaijan.';

MERGE (n:Leader {id: 'heydar-aliyev'})
SET n.name = 'Heydar Aliyev',
    n.description = 'Called by the report the great son of the Azerbaijani nation; a road was named after him in honour of his 100th birthday.';

MERGE (n:Leader {id: 'kurmangazy'})
SET n.name = 'Kurmangazy',
    n.description = 'Namesake of the Kurmangazy Center for Children’s Creativity; the report does not say who he was.';

MERGE (n:Ministry {id: 'kazakhstan-ministry-media'})
SET n.name = 'Kazakh ministry responsible for media',
    n.description = 'The Kazakh ministry or agency that signed the memorandum on media (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering media; it does not name them, so the body responsible for media in each state is assumed.';

MERGE (n:Ministry {id: 'azerbaijan-ministry-media'})
SET n.name = 'Azerbaijani ministry responsible for media',
    n.description = 'The Azerbaijani ministry or agency that signed the memorandum on media (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering media; it does not name them, so the body responsible for media in each state is assumed.';

MERGE (n:Ministry {id: 'kazakhstan-ministry-diaspora-work'})
SET n.name = 'Kazakh ministry responsible for diaspora work',
    n.description = 'The Kazakh ministry or agency that signed the memorandum on diaspora work (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering diaspora work; it does not name them, so the body responsible for diaspora work in each state is assumed.';

MERGE (n:Ministry {id: 'azerbaijan-ministry-diaspora-work'})
SET n.name = 'Azerbaijani ministry responsible for diaspora work',
    n.description = 'The Azerbaijani ministry or agency that signed the memorandum on diaspora work (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering diaspora work; it does not name them, so the body responsible for diaspora work in each state is assumed.';

MERGE (n:Ministry {id: 'kazakhstan-ministry-sports'})
SET n.name = 'Kazakh ministry responsible for sports',
    n.description = 'The Kazakh ministry or agency that signed the memorandum on sports (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering sports; it does not name them, so the body responsible for sports in each state is assumed.';

MERGE (n:Ministry {id: 'azerbaijan-ministry-sports'})
SET n.name = 'Azerbaijani ministry responsible for sports',
    n.description = 'The Azerbaijani ministry or agency that signed the memorandum on sports (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering sports; it does not name them, so the body responsible for sports in each state is assumed.';

MERGE (n:Ministry {id: 'kazakhstan-ministry-information-social-development'})
SET n.name = 'Kazakh ministry responsible for information and social development',
    n.description = 'The Kazakh ministry or agency that signed the memorandum on information and social development (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering information and social development; it does not name them, so the body responsible for information and social development in each state is assumed.';

MERGE (n:Ministry {id: 'azerbaijan-ministry-information-social-development'})
SET n.name = 'Azerbaijani ministry responsible for information and social development',
    n.description = 'The Azerbaijani ministry or agency that signed the memorandum on information and social development (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering information and social development; it does not name them, so the body responsible for information and social development in each state is assumed.';

MERGE (n:Ministry {id: 'kazakhstan-ministry-sme-development'})
SET n.name = 'Kazakh ministry responsible for small and medium company development',
    n.description = 'The Kazakh ministry or agency that signed the memorandum on small and medium company development (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering small and medium company development; it does not name them, so the body responsible for small and medium company development in each state is assumed.';

MERGE (n:Ministry {id: 'azerbaijan-ministry-sme-development'})
SET n.name = 'Azerbaijani ministry responsible for small and medium company development',
    n.description = 'The Azerbaijani ministry or agency that signed the memorandum on small and medium company development (not named in the report).',
    n.basis = 'implied',
    n.note = 'The report says MoUs were signed with various ministries and organizations from both nations covering small and medium company development; it does not name them, so the body responsible for small and medium company development in each state is assumed.';

MERGE (n:Organization {id: 'supreme-interstate-council'})
SET n.name = 'Supreme Interstate Council',
    n.aliases = ['Highest Interstate Council', 'Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan'],
    n.kind = 'Council',
    n.description = 'Interstate council of Kazakhstan and Azerbaijan, established by the Protocol signed in Astana; the report calls it both the Supreme and the Highest Interstate Council.';

MERGE (n:Agreement {id: 'joint-declaration-2023'})
SET n.name = 'Joint Declaration',
    n.kind = 'Declaration',
    n.date = date('2023-04-12'),
    n.description = 'Joint Declaration signed by Presidents Tokayev and Aliyev during the Astana visit.',
    n.note = 'The date is the report’s dateline; the report says the two leaders signed it during the visit.';

MERGE (n:Agreement {id: 'protocol-interstate-council-2023'})
SET n.name = 'Protocol establishing the Highest Interstate Council',
    n.kind = 'Protocol',
    n.date = date('2023-04-12'),
    n.description = 'Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan.',
    n.note = 'The date is the report’s dateline; the report says the two leaders signed it during the visit.';

MERGE (n:Agreement {id: 'declaration-strategic-relations-2022'})
SET n.name = 'Declaration on Improving Strategic Relations and Deepening Allied Partnership',
    n.kind = 'Declaration',
    n.year = 2022,
    n.description = 'Declaration signed by Kazakhstan and Azerbaijan the year before the Astana meeting.',
    n.note = 'Signed “last year” according to a report dated 2023, hence 2022; the exact date is not given.';

MERGE (n:Agreement {id: 'comprehensive-program-2026'})
SET n.name = 'Comprehensive Program for Cooperative Development until 2026',
    n.kind = 'Program',
    n.year = 2022,
    n.untilYear = 2026,
    n.description = 'Programme of cooperative development of Kazakhstan and Azerbaijan running until 2026.',
    n.note = 'Signed “last year” according to a report dated 2023, hence 2022; the exact date is not given.';

MERGE (n:Agreement {id: 'mou-media-2023'})
SET n.name = 'Memorandum of understanding on media',
    n.aliases = ['MoU on media'],
    n.kind = 'Memorandum',
    n.date = date('2023-04-12'),
    n.basis = 'implied',
    n.description = 'Memorandum of understanding between ministries or organizations of Kazakhstan and Azerbaijan covering media.',
    n.note = 'The report says several agreements, including MoUs, were signed during the visit and cover media, diaspora work, sports, information and social development, and small and medium company development; one memorandum per area is assumed.';

MERGE (n:Agreement {id: 'mou-diaspora-work-2023'})
SET n.name = 'Memorandum of understanding on diaspora work',
    n.aliases = ['MoU on diaspora work'],
    n.kind = 'Memorandum',
    n.date = date('2023-04-12'),
    n.basis = 'implied',
    n.description = 'Memorandum of understanding between ministries or organizations of Kazakhstan and Azerbaijan covering diaspora work.',
    n.note = 'The report says several agreements, including MoUs, were signed during the visit and cover media, diaspora work, sports, information and social development, and small and medium company development; one memorandum per area is assumed.';

MERGE (n:Agreement {id: 'mou-sports-2023'})
SET n.name = 'Memorandum of understanding on sports',
    n.aliases = ['MoU on sports'],
    n.kind = 'Memorandum',
    n.date = date('2023-04-12'),
    n.basis = 'implied',
    n.description = 'Memorandum of understanding between ministries or organizations of Kazakhstan and Azerbaijan covering sports.',
    n.note = 'The report says several agreements, including MoUs, were signed during the visit and cover media, diaspora work, sports, information and social development, and small and medium company development; one memorandum per area is assumed.';

MERGE (n:Agreement {id: 'mou-information-social-development-2023'})
SET n.name = 'Memorandum of understanding on information and social development',
    n.aliases = ['MoU on information and social development'],
    n.kind = 'Memorandum',
    n.date = date('2023-04-12'),
    n.basis = 'implied',
    n.description = 'Memorandum of understanding between ministries or organizations of Kazakhstan and Azerbaijan covering information and social development.',
    n.note = 'The report says several agreements, including MoUs, were signed during the visit and cover media, diaspora work, sports, information and social development, and small and medium company development; one memorandum per area is assumed.';

MERGE (n:Agreement {id: 'mou-sme-development-2023'})
SET n.name = 'Memorandum of understanding on small and medium company development',
    n.aliases = ['MoU on small and medium company development'],
    n.kind = 'Memorandum',
    n.date = date('2023-04-12'),
    n.basis = 'implied',
    n.description = 'Memorandum of understanding between ministries or organizations of Kazakhstan and Azerbaijan covering small and medium company development.',
    n.note = 'The report says several agreements, including MoUs, were signed during the visit and cover media, diaspora work, sports, information and social development, and small and medium company development; one memorandum per area is assumed.';

MERGE (n:Facility {id: 'akorda'})
SET n.name = 'Akorda',
    n.aliases = ['Akorda House'],
    n.kind = 'Residence',
    n.description = 'The Akorda House, where the traditional greeting ceremony was held.';

MERGE (n:Facility {id: 'heydar-aliyev-road'})
SET n.name = 'Heydar Aliyev road',
    n.aliases = ['roadway titled after Heydar Aliyev'],
    n.kind = 'Road',
    n.status = 'Inaugurated',
    n.description = 'A roadway named after Heydar Aliyev, officially inaugurated by the presidents of Azerbaijan and Kazakhstan in honour of his 100th birthday.';

MERGE (n:Facility {id: 'kurmangazy-center-fizuli'})
SET n.name = 'Kurmangazy Center for Children’s Creativity',
    n.kind = 'Children’s creativity center',
    n.status = 'Under construction',
    n.description = 'Centre in Fizuli, a gift from the Kazakh people to Azerbaijan; being constructed swiftly and due to begin working shortly.';

MERGE (n:Place {id: 'astana'})
SET n.name = 'Astana',
    n.kind = 'City',
    n.description = 'City where the presidents met on 12 April 2023.';

MERGE (n:Place {id: 'fizuli'})
SET n.name = 'Fizuli',
    n.kind = 'City',
    n.description = 'City where the Kurmangazy Center for Children’s Creativity is being built.';

MERGE (n:Event {id: 'astana-talks-2023-04-12'})
SET n.name = 'Talks of Presidents Tokayev and Aliyev in Astana',
    n.kind = 'Meeting',
    n.date = date('2023-04-12'),
    n.description = 'Talks on the Kazakh-Azerbaijani strategic partnership and alliance.';

MERGE (n:Event {id: 'akorda-greeting-ceremony-2023-04-12'})
SET n.name = 'Greeting ceremony at the Akorda',
    n.kind = 'Ceremony',
    n.date = date('2023-04-12'),
    n.description = 'Traditional greeting ceremony that preceded the talks; the heads of state introduced their delegations.';

MERGE (n:Event {id: 'aliyev-visit-astana-2023'})
SET n.name = 'President Aliyev’s visit to Astana',
    n.kind = 'Visit',
    n.year = 2023,
    n.description = 'Visit of President Ilham Aliyev to Astana at the invitation of President Tokayev.';

MERGE (n:Event {id: 'heydar-aliyev-road-inauguration'})
SET n.name = 'Inauguration of the Heydar Aliyev road',
    n.kind = 'Inauguration',
    n.year = 2023,
    n.description = 'Official inauguration of a roadway named after Heydar Aliyev by the presidents of Azerbaijan and Kazakhstan.';

MERGE (n:Event {id: 'heydar-aliyev-100th-birthday'})
SET n.name = 'Heydar Aliyev’s 100th birthday',
    n.kind = 'Anniversary',
    n.description = 'Centenary of Heydar Aliyev, honoured by the road inauguration.';

MERGE (n:Event {id: 'decades-of-culture'})
SET n.name = 'Decades of culture of Kazakhstan and Azerbaijan',
    n.kind = 'Cultural Decade',
    n.description = 'Decades of the cultures of the two nations that the presidents agreed to hold.';

MERGE (n:Event {id: 'kazakhstan-days-of-culture-2023'})
SET n.name = 'Kazakhstan’s Days of Culture',
    n.kind = 'Days of Culture',
    n.year = 2023,
    n.description = 'Days of Culture of Kazakhstan, to be held this year (2023) as part of the decades of culture.';

MERGE (n:Topic {id: 'strategic-partnership'})
SET n.name = 'Strategic partnership',
    n.aliases = ['strategic partnership and alliance', 'strategic collaboration and association'],
    n.description = 'The Kazakh-Azerbaijani strategic partnership and alliance.';

MERGE (n:Topic {id: 'political-cooperation'})
SET n.name = 'Political cooperation',
    n.description = 'Political cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'trade-economic-cooperation'})
SET n.name = 'Trade-economic cooperation',
    n.description = 'Trade and economic cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'transport-transit-cooperation'})
SET n.name = 'Transportation-transit cooperation',
    n.description = 'Transport and transit cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'cultural-humanitarian-cooperation'})
SET n.name = 'Cultural-humanitarian cooperation',
    n.description = 'Cultural and humanitarian cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'bilateral-relations'})
SET n.name = 'Bilateral relations',
    n.description = 'Relations between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'international-concerns'})
SET n.name = 'International concerns',
    n.description = 'International issues discussed by the presidents.';

MERGE (n:Topic {id: 'media'})
SET n.name = 'Media',
    n.description = 'Media as an area of cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'diaspora-work'})
SET n.name = 'Diaspora work',
    n.description = 'Diaspora work as an area of cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'sports'})
SET n.name = 'Sports',
    n.description = 'Sports as an area of cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'information-social-development'})
SET n.name = 'Information and social development',
    n.description = 'Information and social development as an area of cooperation between Kazakhstan and Azerbaijan.';

MERGE (n:Topic {id: 'sme-development'})
SET n.name = 'Small and medium company development',
    n.description = 'Small and medium company development as an area of cooperation between Kazakhstan and Azerbaijan.';
