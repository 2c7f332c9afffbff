// Every entity is MENTIONED_IN the document; `sentences` are 1-based sentence numbers, counted
// over the report without its "Also Read" line (page furniture); `evidence` is the first of them.

MATCH (a:State {id: 'kazakhstan'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 3, 8, 9, 10, 12, 13, 14, 17, 21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:State {id: 'azerbaijan'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 3, 6, 8, 9, 13, 14, 21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'kassym-jomart-tokayev'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 2, 3, 5, 7, 8, 10, 12, 13, 14, 17, 21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'ilham-aliyev'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 2, 3, 5, 7, 10, 12, 13, 17, 18, 21, 22],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Leader {id: 'heydar-aliyev'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [13],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Leader {id: 'kurmangazy'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [14],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-media'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-media'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-diaspora-work'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-diaspora-work'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sports'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sports'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-information-social-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-information-social-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'kazakhstan-ministry-sme-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Ministry {id: 'azerbaijan-ministry-sme-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Organization {id: 'supreme-interstate-council'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [11, 21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They also decided to consolidate the foundation of the Supreme Interstate Council during the meeting, which will provide a tremendous push to bilateral relations.';

MATCH (a:Agreement {id: 'joint-declaration-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Agreement {id: 'protocol-interstate-council-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [21],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties.';

MATCH (a:Agreement {id: 'declaration-strategic-relations-2022'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [12],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:Agreement {id: 'comprehensive-program-2026'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [12],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kazakh President stated that last year, the two nations inked the Declaration on Improving Strategic Relations and Deepening Allied Partnership and the Comprehensive Program for Cooperative Development until 2026, with numerous crucial agreements to be adopted during President Aliyev’s visit.';

MATCH (a:Agreement {id: 'mou-media-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-diaspora-work-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-sports-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-information-social-development-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Agreement {id: 'mou-sme-development-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [22, 23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.';

MATCH (a:Facility {id: 'akorda'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [2],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Facility {id: 'heydar-aliyev-road'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [13],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Facility {id: 'kurmangazy-center-fizuli'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [14, 15, 16],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.';

MATCH (a:Place {id: 'astana'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 17, 22],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Place {id: 'fizuli'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [14],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'The President of Kazakhstan also mentioned that the Kurmangazy Center for Children’s Creativity in Fizuli is a gift from the Kazakh people to Azerbaijan.';

MATCH (a:Event {id: 'astana-talks-2023-04-12'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 2, 11],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Event {id: 'akorda-greeting-ceremony-2023-04-12'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [2],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'A traditional greeting ceremony at the Akorda House preceded the sessions, during which the heads of state introduced their delegations.';

MATCH (a:Event {id: 'aliyev-visit-astana-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [5, 12, 17, 22],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Kassym-Jomart Tokayev acknowledged the value of President Aliyev’s visit for fostering bilateral cooperation.';

MATCH (a:Event {id: 'heydar-aliyev-road-inauguration'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [13],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Event {id: 'heydar-aliyev-100th-birthday'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [13],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'In honor of Heydar Aliyev’s 100th birthday and to commemorate the great son of the Azerbaijani nation, the presidents of Azerbaijan and Kazakhstan officially inaugurated a roadway titled after him.';

MATCH (a:Event {id: 'decades-of-culture'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [10],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents agreed to hold decades of cultures of the two nations, including Kazakhstan’s Days of Culture this year.';

MATCH (a:Event {id: 'kazakhstan-days-of-culture-2023'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [10],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Both Presidents agreed to hold decades of cultures of the two nations, including Kazakhstan’s Days of Culture this year.';

MATCH (a:Topic {id: 'strategic-partnership'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [1, 3],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'Astana, 12 April 2023 (TDI): President of Kazakhstan, Kassym-Jomart Tokayev, met with the President of Azerbaijan, Ilham Aliyev, to discuss the Kazakh-Azerbaijani strategic collaboration and association.';

MATCH (a:Topic {id: 'political-cooperation'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [4],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Topic {id: 'trade-economic-cooperation'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [4, 7],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Topic {id: 'transport-transit-cooperation'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [4],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Topic {id: 'cultural-humanitarian-cooperation'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [4, 9, 18],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'They focused on strengthening political, trade-economic, transportation-transit, and cultural-humanitarian cooperation.';

MATCH (a:Topic {id: 'bilateral-relations'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [20],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'He also mentioned a comprehensive discussion on bilateral relations and international concerns occurred.';

MATCH (a:Topic {id: 'international-concerns'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [20],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'He also mentioned a comprehensive discussion on bilateral relations and international concerns occurred.';

MATCH (a:Topic {id: 'media'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.';

MATCH (a:Topic {id: 'diaspora-work'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.';

MATCH (a:Topic {id: 'sports'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.';

MATCH (a:Topic {id: 'information-social-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.';

MATCH (a:Topic {id: 'sme-development'}), (d:Document {id: 'tdi-2023-04-12-tokayev-aliyev-astana'})
MERGE (a)-[r:MENTIONED_IN]->(d)
SET r.sentences = [23],
    r.source = 'tdi-2023-04-12-tokayev-aliyev-astana',
    r.evidence = 'These agreements cover media, diaspora work, sports, information and social development, and small and medium company development.';
