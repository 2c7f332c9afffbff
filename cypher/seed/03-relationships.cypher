// Relationships the document states (or, marked basis 'implied' with a note, only implies).
// Each carries its source document and the sentence that states it, copied verbatim.

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'President',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:LEADS]->(b)
SET r.role = 'President',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Place {id: 'astana'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.',
    r.basis = 'implied',
    r.note = 'The report is datelined Astana and calls it the place President Aliyev was invited to visit by the Kazakh side; it does not say Astana lies in Kazakhstan.';

MATCH (a:Place {id: 'fizuli'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.',
    r.basis = 'implied',
    r.note = 'The centre in Fizuli is a gift to Azerbaijan; the report does not say Fizuli lies in Azerbaijan.';

MATCH (a:Facility {id: 'akorda'}), (b:Place {id: 'astana'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.',
    r.basis = 'implied',
    r.note = 'The greeting ceremony at the Akorda House opened the talks reported from Astana; the report does not say where the Akorda is.';

MATCH (a:Facility {id: 'kurmangazy-center-fizuli'}), (b:Place {id: 'fizuli'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.';

MATCH (a:Facility {id: 'heydar-aliyev-road'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.',
    r.basis = 'implied',
    r.note = 'Both presidents inaugurated the road during the visit to Kazakhstan; the report does not say where the road is.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Event {id: 'astana-talks-2023-04-12'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'host',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Event {id: 'astana-talks-2023-04-12'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'guest',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Event {id: 'akorda-greeting-ceremony-2023-04-12'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'host',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Event {id: 'akorda-greeting-ceremony-2023-04-12'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'guest',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'guest',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.role = 'host',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In exchange, Ilham Aliyev expressed gratitude to Kassym-Jomart Tokayev for the invitation to visit Astana and the Kazakh people’s traditional hospitality.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Event {id: 'heydar-aliyev-road-inauguration'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Event {id: 'heydar-aliyev-road-inauguration'})
MERGE (a)-[r:ATTENDED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Place {id: 'astana'})
MERGE (a)-[r:HELD_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Event {id: 'akorda-greeting-ceremony-2023-04-12'}), (b:Facility {id: 'akorda'})
MERGE (a)-[r:HELD_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Event {id: 'aliyev-visit-astana-2023'}), (b:Place {id: 'astana'})
MERGE (a)-[r:HELD_IN]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Event {id: 'akorda-greeting-ceremony-2023-04-12'}), (b:Event {id: 'astana-talks-2023-04-12'})
MERGE (a)-[r:PRECEDED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Event {id: 'aliyev-visit-astana-2023'}), (b:Event {id: 'astana-talks-2023-04-12'})
MERGE (a)-[r:INCLUDES]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In exchange, Ilham Aliyev expressed gratitude to Kassym-Jomart Tokayev for the invitation to visit Astana and the Kazakh people’s traditional hospitality.',
    r.basis = 'implied',
    r.note = 'Aliyev thanks Tokayev for the invitation to visit Astana, where the talks were held; the report does not tie the talks to the visit in one sentence.';

MATCH (a:Event {id: 'decades-of-culture'}), (b:Event {id: 'kazakhstan-days-of-culture-2023'})
MERGE (a)-[r:INCLUDES]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents agreed to hold decades of cultures of the two nations, including Kazakhstan’s Days of Culture this year.';

MATCH (a:Event {id: 'heydar-aliyev-road-inauguration'}), (b:Facility {id: 'heydar-aliyev-road'})
MERGE (a)-[r:INAUGURATES]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Event {id: 'heydar-aliyev-road-inauguration'}), (b:Event {id: 'heydar-aliyev-100th-birthday'})
MERGE (a)-[r:HONORS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Event {id: 'heydar-aliyev-road-inauguration'}), (b:Leader {id: 'heydar-aliyev'})
MERGE (a)-[r:HONORS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Facility {id: 'heydar-aliyev-road'}), (b:Leader {id: 'heydar-aliyev'})
MERGE (a)-[r:NAMED_AFTER]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Facility {id: 'kurmangazy-center-fizuli'}), (b:Leader {id: 'kurmangazy'})
MERGE (a)-[r:NAMED_AFTER]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.',
    r.basis = 'implied',
    r.note = 'The centre bears the name Kurmangazy; the report does not say it is named after a person.';

MATCH (a:Facility {id: 'kurmangazy-center-fizuli'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:GIFT_FROM]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.',
    r.note = 'The report says the gift is from the Kazakh people.';

MATCH (a:Facility {id: 'kurmangazy-center-fizuli'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:GIFT_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.';

MATCH (a:State {id: 'kazakhstan'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:TRADES_WITH]->(b)
SET r.growthPercent = 40.0,
    r.volumeUsd = 500000000.0,
    r.targetUsd = 1000000000.0,
    r.targetEvidence = 'According to Tokayev, this sum might reach $1 billion once the economies of Kazakhstan and Azerbaijan are fully realized.',
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents applauded the two nations’ notable advancements in trade and economic cooperation, with their bilateral trade increasing by 40% to reach $500 million.',
    r.note = 'The $1 billion target is President Tokayev’s estimate of what trade might reach once the economies are fully realized; the report does not give the year of the figures.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Event {id: 'decades-of-culture'})
MERGE (a)-[r:AGREED_ON]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents agreed to hold decades of cultures of the two nations, including Kazakhstan’s Days of Culture this year.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Event {id: 'decades-of-culture'})
MERGE (a)-[r:AGREED_ON]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents agreed to hold decades of cultures of the two nations, including Kazakhstan’s Days of Culture this year.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Organization {id: 'supreme-interstate-council'})
MERGE (a)-[r:AGREED_ON]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They also decided to consolidate the foundation of the Supreme Interstate Council during the meeting, which will provide a tremendous push to bilateral relations.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Organization {id: 'supreme-interstate-council'})
MERGE (a)-[r:AGREED_ON]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They also decided to consolidate the foundation of the Supreme Interstate Council during the meeting, which will provide a tremendous push to bilateral relations.';

MATCH (a:Organization {id: 'supreme-interstate-council'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Organization {id: 'supreme-interstate-council'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'joint-declaration-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'joint-declaration-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Agreement {id: 'joint-declaration-2023'})
MERGE (a)-[r:SIGNED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Agreement {id: 'joint-declaration-2023'})
MERGE (a)-[r:SIGNED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Agreement {id: 'joint-declaration-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report calls the memoranda “additional agreements” signed during the visit, which places the Joint Declaration and Protocol in the same visit.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'protocol-interstate-council-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'protocol-interstate-council-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (b:Agreement {id: 'protocol-interstate-council-2023'})
MERGE (a)-[r:SIGNED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (b:Agreement {id: 'protocol-interstate-council-2023'})
MERGE (a)-[r:SIGNED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Agreement {id: 'protocol-interstate-council-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report calls the memoranda “additional agreements” signed during the visit, which places the Joint Declaration and Protocol in the same visit.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'declaration-strategic-relations-2022'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'declaration-strategic-relations-2022'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'comprehensive-program-2026'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'comprehensive-program-2026'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:Agreement {id: 'protocol-interstate-council-2023'}), (b:Organization {id: 'supreme-interstate-council'})
MERGE (a)-[r:ESTABLISHES]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Agreement {id: 'joint-declaration-2023'}), (b:Organization {id: 'supreme-interstate-council'})
MERGE (a)-[r:ESTABLISHES]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.',
    r.basis = 'implied',
    r.note = '“A Joint Declaration and Protocol establishing the Highest Interstate Council” may attach “establishing” to both documents or to the Protocol only.';

MATCH (a:Agreement {id: 'mou-media-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-media-2023'}), (b:Topic {id: 'media'})
MERGE (a)-[r:COVERS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.',
    r.basis = 'implied',
    r.note = 'The report lists the areas the memoranda cover together; one memorandum per area is assumed.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-media'}), (b:Agreement {id: 'mou-media-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering media; it does not name them.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-media'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'mou-media-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Kazakhstan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-media'}), (b:Agreement {id: 'mou-media-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering media; it does not name them.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-media'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'mou-media-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Azerbaijan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Agreement {id: 'mou-diaspora-work-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-diaspora-work-2023'}), (b:Topic {id: 'diaspora-work'})
MERGE (a)-[r:COVERS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.',
    r.basis = 'implied',
    r.note = 'The report lists the areas the memoranda cover together; one memorandum per area is assumed.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-diaspora-work'}), (b:Agreement {id: 'mou-diaspora-work-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering diaspora work; it does not name them.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-diaspora-work'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'mou-diaspora-work-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Kazakhstan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-diaspora-work'}), (b:Agreement {id: 'mou-diaspora-work-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering diaspora work; it does not name them.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-diaspora-work'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'mou-diaspora-work-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Azerbaijan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Agreement {id: 'mou-sports-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-sports-2023'}), (b:Topic {id: 'sports'})
MERGE (a)-[r:COVERS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.',
    r.basis = 'implied',
    r.note = 'The report lists the areas the memoranda cover together; one memorandum per area is assumed.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sports'}), (b:Agreement {id: 'mou-sports-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering sports; it does not name them.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sports'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'mou-sports-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Kazakhstan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sports'}), (b:Agreement {id: 'mou-sports-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering sports; it does not name them.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sports'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'mou-sports-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Azerbaijan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Agreement {id: 'mou-information-social-development-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-information-social-development-2023'}), (b:Topic {id: 'information-social-development'})
MERGE (a)-[r:COVERS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.',
    r.basis = 'implied',
    r.note = 'The report lists the areas the memoranda cover together; one memorandum per area is assumed.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-information-social-development'}), (b:Agreement {id: 'mou-information-social-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering information and social development; it does not name them.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-information-social-development'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'mou-information-social-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Kazakhstan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-information-social-development'}), (b:Agreement {id: 'mou-information-social-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering information and social development; it does not name them.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-information-social-development'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'mou-information-social-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Azerbaijan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Agreement {id: 'mou-sme-development-2023'}), (b:Event {id: 'aliyev-visit-astana-2023'})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-sme-development-2023'}), (b:Topic {id: 'sme-development'})
MERGE (a)-[r:COVERS]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.',
    r.basis = 'implied',
    r.note = 'The report lists the areas the memoranda cover together; one memorandum per area is assumed.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sme-development'}), (b:Agreement {id: 'mou-sme-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering small and medium company development; it does not name them.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sme-development'}), (b:State {id: 'kazakhstan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'kazakhstan'}), (b:Agreement {id: 'mou-sme-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Kazakhstan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sme-development'}), (b:Agreement {id: 'mou-sme-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The report says ministries and organizations from both nations signed MoUs covering small and medium company development; it does not name them.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sme-development'}), (b:State {id: 'azerbaijan'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'The ministry is assumed from the MoUs “with various ministries and organizations from both nations”.';

MATCH (a:State {id: 'azerbaijan'}), (b:Agreement {id: 'mou-sme-development-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.',
    r.basis = 'implied',
    r.note = 'Azerbaijan takes part through its ministries or organizations; the report does not name the signatories.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'strategic-partnership'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two presidents reviewed the strategic partnership and alliance between Kazakhstan and Azerbaijan.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'political-cooperation'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'trade-economic-cooperation'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'transport-transit-cooperation'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'cultural-humanitarian-cooperation'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'bilateral-relations'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'He also mentioned a comprehensive discussion on bilateral relations and international concerns occurred.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (b:Topic {id: 'international-concerns'})
MERGE (a)-[r:DISCUSSED]->(b)
SET r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'He also mentioned a comprehensive discussion on bilateral relations and international concerns occurred.';
