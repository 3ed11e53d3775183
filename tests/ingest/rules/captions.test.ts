import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeCaption, splitCredit } from '../../../src/ingest/rules/captions.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2, WRAPPED_BODY } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('splits a credit glued to the last word of a caption', () => {
  assert.deepEqual(splitCredit("They didn't finish lunchCredit: Channel 4"), { text: "They didn't finish lunch", credit: 'Credit: Channel 4' });
});

test('splits a parenthesised image credit', () => {
  assert.deepEqual(splitCredit('A soldier hugs a resident (Image: Getty)'), { text: 'A soldier hugs a resident', credit: 'Image: Getty' });
});

test('splits a photograph credit after a caption sentence', () => {
  assert.deepEqual(splitCredit('Soldiers in a recaptured village. Photograph: Juan Barreto/AFP'), {
    text: 'Soldiers in a recaptured village.', credit: 'Photograph: Juan Barreto/AFP',
  });
});

test('does not split prose that happens to contain a colon', () => {
  assert.equal(splitCredit('He told YES: “The liberation of all our territories is significant.”'), null);
});

test('renders a credited caption as two emphasised lines of one paragraph', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nMounds of munitions were left behindCredit: Channel 4\n\n${PROSE2}`);
  assert.ok(e.body.includes('\n\n*Mounds of munitions were left behind*\n*Credit: Channel 4*\n\n'));
});

test('uncredited lines in a block of credited captions are captions too', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nAdvertisement\nTanks abandoned in a river\nMounds of munitions were left behindCredit: Channel 4\n\n${PROSE2}`);
  assert.ok(e.body.includes('*Tanks abandoned in a river*'));
});

test('a parenthesised photo description is a caption', () => {
  const e = extractArticle(`${HEAD}(Social media photo shows fighters at the entrance of Izyum.)\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*(Social media photo shows fighters at the entrance of Izyum.)*'));
});

test("an 'Image caption,' label introduces the caption on the next line, with the source credit joined", () => {
  const e = extractArticle(`${HEAD}Image source, Getty Images\nImage caption,\nSoldiers ride an armoured vehicle\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*Soldiers ride an armoured vehicle*\n*Image source, Getty Images*'));
});

test('a lone agency credit line joins the caption below it', () => {
  const e = extractArticle(`${HEAD}AFP via Getty Images\nSoldiers ride an armoured vehicle (Image: AFP)\n\n${PROSE}`);
  assert.ok(e.body.includes('*AFP via Getty Images*') || e.body.includes('*Soldiers ride an armoured vehicle*'));
});

test('an agency and photographer credit after the caption sentence is split off', () => {
  assert.deepEqual(splitCredit('Houses are seen in Amsterdam, Netherlands, March 4, 2022. REUTERS/Piroschka van de Wouw'), {
    text: 'Houses are seen in Amsterdam, Netherlands, March 4, 2022.', credit: 'REUTERS/Piroschka van de Wouw',
  });
  assert.equal(splitCredit('Des promeneurs dans le lit de la Loire, le 10 septembre 2022. GUILLAUME SOUVANT / AFP')?.credit, 'GUILLAUME SOUVANT / AFP');
});

test('parenthesised photo and agency credits are split off', () => {
  assert.equal(splitCredit('A dry riverbed near Lindoso, Spain, Aug. 10, 2022. (AP Photo/Emilio Morenatti, File)')?.credit, 'AP Photo/Emilio Morenatti, File');
  assert.equal(splitCredit('Commuters wade through a waterlogged stretch on Monday. (Express Photo by Praveen Khanna)')?.credit, 'Express Photo by Praveen Khanna');
  assert.equal(splitCredit('Alexia Putellas holds the trophy in Paris on Monday. (Getty Images)')?.credit, 'Getty Images');
  assert.equal(splitCredit('Le paratoie del Mose alzate davanti al Lido (Ansa)')?.credit, 'Ansa');
  assert.equal(splitCredit('The minister said he would resign (stock image)'), null);
});

test('credits in Polish and Cyrillic and after a dash are split off', () => {
  assert.deepEqual(splitCredit('Nowy tramwaj na ulicy Rzymskiej w Warszawie. Fot. PAP/Tomasz Gzell'), {
    text: 'Nowy tramwaj na ulicy Rzymskiej w Warszawie.', credit: 'Fot. PAP/Tomasz Gzell',
  });
  assert.equal(splitCredit('Пасажири на станції метро в Харкові. Фото: Укрінформ')?.credit, 'Фото: Укрінформ');
  assert.equal(splitCredit('Passageiros na estação Sé do metrô — Foto: Marcelo Brandt/Arquivo')?.text, 'Passageiros na estação Sé do metrô');
});

test('a caption behind an "Image:" label keeps its text and credit', () => {
  const e = extractArticle(`${HEAD}Image: Reservoir levels have recovered after heavy rain. Pic: PA\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*Reservoir levels have recovered after heavy rain.*\n*Pic: PA*'), e.body);
});

test('a credit line closing a two-line block credits the caption above it', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nThe Artemis I rocket sits on the launch pad at Kennedy Space Center in Florida.\nJoe Raedle/Getty Images\n\n${PROSE2}`);
  assert.ok(e.body.includes('*The Artemis I rocket sits on the launch pad at Kennedy Space Center in Florida.*\n*Joe Raedle/Getty Images*'), e.body);
  const ill = extractArticle(`${HEAD}Illustration by Alex Castro / The Verge\n\n${PROSE}`);
  assert.ok(ill.body.startsWith('*Illustration by Alex Castro / The Verge*'), ill.body);
});

test('"Credit..." glued to a caption is split off', () => {
  assert.equal(splitCredit('Ukrainian soldiers near the recaptured town on Saturday.Credit...Ivor Prickett for The New York Times')?.credit,
    'Credit...Ivor Prickett for The New York Times');
});

test('a labelled credit without a sentence stays a credit, and share buttons next to a caption are not captions', () => {
  const e = extractArticle(`${HEAD}Фото: Владимир Иванов / РИА Новости\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*Фото: Владимир Иванов / РИА Новости*\n\n'), e.body);
  const f = extractArticle(`${HEAD}${PROSE}\nCopier le lien\nUne salle de classe dans un collège de Lyon. JEFF PACHOUD / AFP\n${PROSE2}`);
  assert.ok(!f.body.includes('*Copier le lien*'), f.body);
});

test('"Photo by X" after a caption sentence is its credit', () => {
  assert.deepEqual(splitCredit('Players celebrate after the final whistle on Saturday. Photo by Sarah Kim'), {
    text: 'Players celebrate after the final whistle on Saturday.', credit: 'Photo by Sarah Kim',
  });
});

test('Spanish caption labels and image sources are read like the BBC ones', () => {
  const e = extractArticle(`${HEAD}Fuente de la imagen, Getty Images\nPie de foto,\nPartidarios del rechazo celebran los resultados en Santiago.\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*Partidarios del rechazo celebran los resultados en Santiago.*\n*Fuente de la imagen, Getty Images*'), e.body);
});

test('a credit in capitals glued to the caption without a space is split off', () => {
  assert.deepEqual(splitCredit('Vista del embalse de La Viñuela (Málaga), el pasado martes.GARCÍA SANTOS'),
    { text: 'Vista del embalse de La Viñuela (Málaga), el pasado martes.', credit: 'GARCÍA SANTOS' });
  assert.deepEqual(splitCredit('Protesters gather outside parliament in Rome.EFE')?.credit, 'EFE');
  assert.equal(splitCredit('The deal was approved by the EU. NATO said nothing.'), null);
});

test("a 'Photograph: X/PA' line under a caption is that caption's credit", () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nThe minister said the reforms would end land speculation.\nPhotograph: Leon Farrow/PA\n\n${PROSE2}`);
  assert.ok(e.body.includes('*Photograph: Leon Farrow/PA*'), e.body);
  assert.ok(!e.body.includes('## Photograph'), e.body);
});

test('a "Credit..." line is a credit, and plural "Photos by" credits are credits', () => {
  assert.equal(looksLikeCaption('Credit...Illustration by Dana Kowalczyk; photographs via Getty Images'), true);
  assert.equal(looksLikeCaption('Photos by Kate Rourke/Sportsfile'), true);
});

test('credits in brackets of other shapes are split off: (Outlet: Name), (foto …/Ansa), (사진=…)', () => {
  assert.deepEqual(splitCredit('A koala in regrowth near Parndana on Kangaroo Island. (SCB News: Luke Harrow)'),
    { text: 'A koala in regrowth near Parndana on Kangaroo Island.', credit: 'SCB News: Luke Harrow' });
  assert.equal(splitCredit('Turisti in fila ai tornelli di piazzale Roma durante la sperimentazione del 2024 (foto Andrea Merola/Ansa)')?.credit, 'foto Andrea Merola/Ansa');
  assert.equal(splitCredit('서울 영등포구 여의도 선착장에 정박한 한강 리버버스 선박. (사진=서울시 제공)')?.credit, '사진=서울시 제공');
});

test('a © credit after the caption sentence is split off, but not a bare year', () => {
  assert.equal(splitCredit('Zandzakken langs de Waaldijk bij Zaltbommel, begin januari. © Pim Verkerk')?.credit, '© Pim Verkerk');
  assert.equal(splitCredit('Все права защищены. © 2022'), null);
});

test('a gallery counter is taken off the caption and the repeated caption under it is dropped', () => {
  const text = ['Zambia copper output hits decade high', 'By Chanda Mulenga', '',
    'Item 1 of 2 Workers walk past copper cathodes at a refinery in Chingola, Zambia, May 28, 2025. Altura/Joseph Banda/File Photo',
    '[1/2]Workers walk past copper cathodes at a refinery in Chingola, Zambia, May 28, 2025. Altura/Joseph Banda/File Photo Purchase Licensing Rights',
    PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.match(e.body, /^\*Workers walk past copper cathodes/m);
  assert.equal(e.lines.find((l) => l.text.startsWith('[1/2]'))?.rule, 'gallery-caption-repeated');
});

test('a credit line under a caption joins it when share buttons stand above the caption', () => {
  const text = ['Wasserstoffnetz wird teurer', 'Von Anna Bergmann', '', PROSE, '', 'Link kopieren',
    'Gasleitung im Bau bei Lubmin (Archivbild): Viele Rohre sollen umgewidmet werden', 'Foto: Stefan Sauer / dpa', PROSE2].join('\n');
  assert.match(extractArticle(text).body, /\*Gasleitung im Bau bei Lubmin \(Archivbild\): Viele Rohre sollen umgewidmet werden\*\n\*Foto: Stefan Sauer \/ dpa\*/);
});

test('a photographer and agencies between bars is a credit line', () => {
  assert.equal(looksLikeCaption('Marcus Tenney | Bloomberg | Getty Images'), true);
  assert.equal(looksLikeCaption('Opinion | The Editorial Board'), false);
});

test('a (Name/Agency) credit and a "Name for Outlet" credit after the caption sentence are split off', () => {
  assert.equal(splitCredit('The Peyto Glacier in Banff National Park, seen in August 2023. (Daniel Roy/CNB)')?.credit, 'Daniel Roy/CNB');
  assert.equal(splitCredit('Crews replace a service line on Harmon Avenue in October. Jamal Whitaker for The Ledger Project')?.credit, 'Jamal Whitaker for The Ledger Project');
  assert.equal(splitCredit('The mayor said she would run again, according to Jane Doe for the council'), null);
});

test('a credit line joins a wire caption ending on its date even inside a paragraph run', () => {
  const text = ['Veltrix shares slide 9% after chipmaker warns', 'By Jordan Whitfield', '', PROSE,
    "Veltrix CEO Anand Mehta speaks during the company's investor day in San Jose, California, on March 12, 2024.",
    'Marcus Tenney | Bloomberg | Getty Images', PROSE2].join('\n');
  assert.match(extractArticle(text).body, /\*Veltrix CEO Anand Mehta .* on March 12, 2024\.\*\n\*Marcus Tenney \| Bloomberg \| Getty Images\*/);
});

test('a wire credit of agency, photographer and "File Photo" is split off', () => {
  assert.equal(splitCredit('Workers walk past copper cathodes at a refinery in Chingola, Zambia, May 28, 2025. Altura/Joseph Banda/File Photo')?.credit,
    'Altura/Joseph Banda/File Photo');
});

test('a bare name after the sentence of a line standing alone is its credit, but not in wrapped prose', () => {
  const alone = ['Obras del tranvía', 'Por Lucía Ferrer', '', PROSE, '', 'Compartir', 'Imagen de archivo de la avenida de Salamanca en hora punta. Ramón Gómez', '', PROSE2].join('\n');
  assert.match(extractArticle(alone).body, /\*Imagen de archivo de la avenida de Salamanca en hora punta\.\*\n\*Ramón Gómez\*/);
  const wrapped = ['Council approves lanes', 'By Owen Price', '', 'The council approved the plan for the new lanes on Tuesday. Mayor Jane', 'Smith said the lanes would open next summer, after the works.', '', PROSE2].join('\n');
  assert.doesNotMatch(extractArticle(wrapped).body, /\*/);
});

test('a share count alone on its line is chrome, a year alone is not', () => {
  const text = ['Libraries cut Sunday hours', 'By Margaret Ellison', '', PROSE, '', 'Share full article', '412', '', '2024', '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.lines.find((l) => l.text === '412')?.rule, 'no-letters');
  assert.notEqual(e.lines.find((l) => l.text === '2024')?.rule, 'no-letters');
});

test('a credit after a slash following the caption sentence is split off without the slash', () => {
  assert.deepEqual(splitCredit('Un autobús eléctrico de la EMT en la plaza del Ayuntamiento. / Levante-EMV'),
    { text: 'Un autobús eléctrico de la EMT en la plaza del Ayuntamiento.', credit: 'Levante-EMV' });
});

test("a photographer's name and the outlet after a slash, under one sentence, is the caption's credit", () => {
  const text = `${HEAD}A Route 14 bus picks up passengers on Harbor Avenue on Monday afternoon.\nJamal Reyes / The Lakeshore Courier\n\n${PROSE}\n\n${PROSE2}\n`;
  const body = extractArticle(text).body;
  assert.match(body, /^\*A Route 14 bus picks up passengers on Harbor Avenue on Monday afternoon\.\*$/m);
  assert.match(body, /^\*Jamal Reyes \/ The Lakeshore Courier\*$/m);
});

test("a Japanese caption's credit is the photographer's name and 撮影 after the last comma", () => {
  assert.deepEqual(splitCredit('減便が発表された越後中央交通の路線バス＝新潟市中央区、佐藤健一撮影'), { text: '減便が発表された越後中央交通の路線バス＝新潟市中央区', credit: '佐藤健一撮影' });
  assert.equal(splitCredit('記者が現場で撮影'), null);
});

test('more caption credits: a name in capitals after the sentence, capitals after a bar, "Photography by"', () => {
  assert.deepEqual(splitCredit('Carteles de alquiler en un edificio del barrio de Lavapiés, en Madrid, el pasado febrero. CLAUDIO ÁLVAREZ'),
    { text: 'Carteles de alquiler en un edificio del barrio de Lavapiés, en Madrid, el pasado febrero.', credit: 'CLAUDIO ÁLVAREZ' });
  assert.equal(splitCredit("Jean-Marc Pellerin devant ses rangs de chenin, hachés par les grêlons. | ÉCHO DE L'OUEST / THOMAS GUÉRIN")?.credit, "ÉCHO DE L'OUEST / THOMAS GUÉRIN");
  assert.equal(splitCredit('Walking pneumonia often feels like a stubborn cold. Photography by Elena Marsh/Stocksy United')?.credit, 'Photography by Elena Marsh/Stocksy United');
  assert.equal(splitCredit('The alliance met in Brussels on Monday, officials said. NATO'), null);
});

test("caption credits in more languages: 'Ảnh:', 'FOTO:', '(फोटो: …)'", () => {
  const e = extractArticle(['Hà Nội phân luồng giao thông quanh nút Ngã Tư Sở', '', PROSE, '', 'Phương tiện xếp hàng dài tại nút giao Ngã Tư Sở sáng 3/3. Ảnh: Ngọc Thành', '', PROSE2].join('\n'));
  assert.ok(e.lines.some((l) => l.role === 'caption' && l.text.includes('Ảnh: Ngọc Thành')));
  const f = extractArticle(['Fostul primar din Bistrița Veche, condamnat definitiv', '', PROSE, '', 'Fostul primar Vasile Mureșan, la sosirea la Curtea de Apel Cluj FOTO: Inquam Photos / Octav Ganea', '', PROSE2].join('\n'));
  assert.ok(f.lines.some((l) => l.role === 'caption' && l.text.includes('FOTO:')));
});

test("a photo agency's name glued to a caption's last word ('… in ZwolleANP') is its credit, and the caption stays apart from the paragraph", async () => {
  const { splitCredit } = await import('../../../src/ingest/rules/captions.ts');
  assert.deepEqual(splitCredit('De brandweer bij het verdeelstation aan de Hessenweg in ZwolleANP'), { text: 'De brandweer bij het verdeelstation aan de Hessenweg in Zwolle', credit: 'ANP' });
  assert.equal(splitCredit('The company said it would move its headquarters to the new campus'), null);
});

test('a wire dateline and hard-wrapped lines under a credited caption are the story, not more captions', () => {
  const text = ['Wildfire forces evacuation of foothill towns west of Denver', 'By Marisol Vega, Associated Press', 'Posted: Jan 9, 2025 / 04:12 PM CST', '',
    'Smoke rises from the fire above homes near Evergreen, Colo., on Thursday, Jan. 9, 2025. (AP Photo/Gabriel Ruiz)',
    'DENVER (AP) — A wildfire whipped by gusts of up to 90 mph tore through dry', 'grass and timber in the foothills west of Denver on Thursday, forcing the',
    'evacuation of about 12,000 people, authorities said.', '', 'The fire started shortly before 11 a.m. near the community of Idledale.'].join('\n');
  const e = extractArticle(text);
  assert.ok(e.body.includes('DENVER (AP) — A wildfire whipped by gusts of up to 90 mph tore through dry grass and timber'));
  assert.ok(!e.body.includes('*DENVER'));
});

test("a credit in square brackets after a caption ('… [Handout/Press Service via Reuters]') is split off", () => {
  assert.deepEqual(splitCredit('Freed prisoners stand near a bus after the exchange [Handout/Presidential Press Service via Reuters]'),
    { text: 'Freed prisoners stand near a bus after the exchange', credit: 'Handout/Presidential Press Service via Reuters' });
  assert.equal(splitCredit('The minister said the deal was fair [to both sides]'), null);
});

test("a caption's sentence and its 'Name/The Outlet' credit under a 'Show Caption' button are a caption without blank lines", () => {
  const e = extractArticle(`Harlow council delays vote on downtown parking garage\nDana Whitcomb\nShow Caption\nHide Caption\nThe surface lot on Main Street where the garage would be built. The city owns the land.\nLena Morales/The Harlow Courier\nPublished 6:10 a.m. ET Sept. 10, 2024\n${PROSE}\n${PROSE2}`);
  assert.equal(e.lines.find((l) => l.text.startsWith('The surface lot'))?.role, 'caption');
  assert.equal(e.lines.find((l) => l.text.startsWith('Lena Morales'))?.role, 'caption-credit');
});

test('the line under a photo\'s gallery button is its caption, the credit glued to the last full stop split off', () => {
  const text = [
    'Province to merge two hospital boards into one health authority', 'Open this photo in gallery:',
    'The minister speaks to reporters at the legislature on Tuesday.Pat Doucet/The Lakehead Chronicle', 'By Sofia Lindahl', 'Published November 5, 2024', '', PROSE, '', PROSE2,
  ].join('\n');
  const x = extractArticle(text);
  assert.equal(decisionFor(text, 'The minister speaks').rule, 'caption-after-gallery-button');
  assert.equal(x.fields.standfirst, null);
  assert.ok(x.body.includes('*Pat Doucet/The Lakehead Chronicle*'));
});

test('a short line right under the header, over a credit line, is the caption the credit closes', () => {
  const text = ['Leiden sluit parkeergarage Beestenmarkt een jaar lang', 'Door Femke de Wit', 'De parkeergarage onder de Beestenmarkt.', 'Foto: ANP / Kees Verhoef', '', PROSE, '', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'De parkeergarage').rule, 'caption-above-credit');
});

test("a byline over the date, under a credited caption, is the byline, not one more caption line", () => {
  const page = `World\nUkraine pushes towards the border as the other side's forces retreat\nKyiv says it has retaken more ground this month as the other side claims to be regrouping its troops\nSoldiers on a tank in the recently recaptured town.Photograph: Kostia Marchuk/AP\nIsobel Kaye in Kyiv and Martin Ferrow\nSun 11 Sep 2022 13.27 BST\n\n${PROSE}\n\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.deepEqual(e.fields.authors, ['Isobel Kaye', 'Martin Ferrow']);
  assert.equal(decisionFor(page, 'Isobel Kaye').role, 'byline');
});

test("a credit over a hard-wrapped paragraph closes the caption above it; the paragraph's first line is no caption", () => {
  const page = `Ukraine-Krieg\nGegenoffensive bei Charkiw: Die Front bricht ein\nVon Jan Wolters, Kiew\n11.09.2022, 14.05 Uhr\n\nSoldaten auf einem Panzer in der Region: Vormarsch in erstaunlichem Tempo\nFoto: Juan Barreto / AFP\nEs sind Bilder, die man in Kiew lange herbeigesehnt hat: Soldaten hissen\ndie blau-gelbe Fahne vor dem Rathaus, einem wichtigen Eisenbahnknoten im\nOsten des Gebiets. Noch vor einer Woche verlief die Front weiter westlich.\n\n${PROSE}\n`;
  const e = extractArticle(page);
  assert.equal(decisionFor(page, 'Soldaten auf einem Panzer').rule, 'caption-above-credit');
  assert.match(e.body, /Es sind Bilder, die man in Kiew lange herbeigesehnt hat: Soldaten hissen die blau-gelbe Fahne/);
});

test("a caption's credit after a bar, a photographer and 'via' an agency, is split off", () => {
  assert.deepEqual(splitCredit('Soldiers on a captured tank near the town on September 10. | Yevhen Tkachuk/AFP via Getty Images'),
    { text: 'Soldiers on a captured tank near the town on September 10.', credit: 'Yevhen Tkachuk/AFP via Getty Images' });
});

test('a photographer and several agencies under a caption that closes on its date are the photo\'s credit', () => {
  const text = [HEAD + PROSE, '', 'Ukrainian soldiers on a street in Balakliia. September 10, 2022.', 'Taras Hrytsenko / Reuters / Scanpix / LETA', '', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Taras Hrytsenko').role, 'caption-credit');
});

test('on a hard-wrapped page, a short block ending on a labelled credit is one wrapped caption, its credit apart', () => {
  const text = ['Man jailed for city centre attack on taxi driver', '', WRAPPED_BODY, '',
    'Taxi driver Tadhg Murphy was punched and kicked after he asked two', 'passengers to pay their fare on Dame Street in the early hours of June 18th,', '2023. Photograph: Collins Courts',
    '', WRAPPED_BODY].join('\n');
  const e = extractArticle(text);
  assert.match(e.body, /^\*Taxi driver Tadhg Murphy was punched and kicked after he asked two passengers to pay their fare on Dame Street in the early hours of June 18th, 2023\.\*\n\*Photograph: Collins Courts\*$/mu);
  assert.equal(decisionFor(text, '2023. Photograph').rule, 'caption-wrapped');
  // A wrapped paragraph with no credit stays a paragraph.
  assert.equal(decisionFor(text, 'A 27-year-old man').role, 'paragraph');
});
