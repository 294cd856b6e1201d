"""The authoring messages in Lithuanian: `validate`, `new`, `import` and `sheet` say what they
find in the teacher's language (`--lang lt`, `ESCAPE_ROOM_LANG` or a Lithuanian locale).

Messages are made in English where the problem is found. `MESSAGES` pairs each English wording,
with `{name}` for each part that varies, with its Lithuanian wording; a message is matched
against the English wordings and written again in Lithuanian, each varying part translated the
same way (so "puzzle 'p1'" inside a message becomes "užduotis „p1“"). A message no wording
matches stays in English. A test checks that both wordings of each pair have the same parts,
and that the messages the checks give are all matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from string import Formatter

from escape_room.content.problems import Problem

PARTS: dict[str, str] = {
    "the file": "failas",
    "'{key}' in {thing}": "„{key}“ ({thing})",
    "puzzle '{id}'": "užduotis „{id}“",
    "puzzle {number}": "užduotis Nr. {number}",
    "hotspot '{id}'": "aktyvioji sritis „{id}“",
    "hotspot {number}": "aktyvioji sritis Nr. {number}",
    "option '{id}'": "atsakymo variantas „{id}“",
    "option {number}": "atsakymo variantas Nr. {number}",
    "item '{id}'": "daiktas „{id}“",
    "item {number}": "daiktas Nr. {number}",
    "step '{id}'": "žingsnis „{id}“",
    "step {number}": "žingsnis Nr. {number}",
    "category '{id}'": "kategorija „{id}“",
    "category {number}": "kategorija Nr. {number}",
    "target '{id}'": "ieškomas objektas „{id}“",
    "target {number}": "ieškomas objektas Nr. {number}",
    "objective '{id}'": "mokymosi tikslas „{id}“",
    "objective {number}": "mokymosi tikslas Nr. {number}",
    "question '{id}'": "klausimas „{id}“",
    "question {number}": "klausimas Nr. {number}",
    "hint {number}": "užuomina Nr. {number}",
    "pair {number}": "pora Nr. {number}",
    "author {number}": "autorius Nr. {number}",
    "landmark {number}": "orientyras Nr. {number}",
    "the hotspot '{id}'": "aktyvioji sritis „{id}“",
    "the exit": "išėjimas",
    "the pack folder": "rinkinio aplankas",
    "the assets folder '{folder}'": "paveikslėlių aplankas „{folder}“",
    "the item {items}": "{items}",
    "the items {items}": "{items}",
    "'{value}'": "„{value}“",
    "nothing": "tuščia reikšmė",
    "keys and values": "raktai ir reikšmės",
    "a list": "sąrašas",
    "1 entry": "1 įrašo",
    "{count} entries": "{count} įrašų",
    "at least {bound}": "ne mažiau kaip {bound}",
    "more than {bound}": "daugiau nei {bound}",
    "at most {bound}": "ne daugiau kaip {bound}",
    "less than {bound}": "mažiau nei {bound}",
    "a text": "tekstas",
    "a whole number": "sveikasis skaičius",
    "a number": "skaičius",
    "true or false": "true (tiesa) arba false (netiesa)",
    "a list ('- ' lines or [a, b])": "sąrašas (eilutės su „- “ arba [a, b])",
    "a list of numbers like [x, y]": "skaičių sąrašas, pvz., [x, y]",
    "keys and values ('key: value' lines or {{key: value}})": (
        "raktai ir reikšmės (eilutės „raktas: reikšmė“ arba {{raktas: reikšmė}})"
    ),
    "a text, or one text per language like {{en: ..., lt: ...}}": (
        "tekstas arba po tekstą kiekviena kalba, pvz., {{en: ..., lt: ...}}"
    ),
    ": [x, y, width, height]": ": [x, y, plotis, aukštis]",
    ": [centre x, centre y, radius]": ": [centro x, centro y, spindulys]",
    ": [[x, y], ...]": ": [[x, y], ...]",
    "; did you mean '{word}'?": "; gal turėjote omenyje „{word}“?",
    " (keys here: {keys})": " (čia galimi raktai: {keys})",
    " (declare it under 'items:')": " (aprašykite jį skiltyje „items:“)",
    " (objectives: {ids})": " (mokymosi tikslai: {ids})",
    " (rooms: {ids})": " (kambariai: {ids})",
    " across the panorama's seam": " per panoramos siūlę",
    "; rename it to {name}": "; pervadinkite jį į {name}",
    "the pack's own file is {name}": "rinkinio failas turi vadintis {name}",
    "room files end in '.yaml'": "kambarių failų pavadinimai baigiasi „.yaml“",
    "puzzle files end in '.yaml'": "užduočių failų pavadinimai baigiasi „.yaml“",
    "the digit of {puzzles} can never be got": (
        "niekada nepavyks gauti šių užduočių skaitmenų: {puzzles}"
    ),
    "{items} can never be got": "niekada nepavyks gauti šių daiktų: {items}",
    "the puzzles {puzzles} can never be solved": (
        "niekada nepavyks išspręsti šių užduočių: {puzzles}"
    ),
    "'{first}', {rest}": "„{first}“, {rest}",
    "{first} or {last}": "{first} arba {last}",
    "; the closest: {names}": "; artimiausi: {names}",
    "{problem}: is the list in [ ] that starts on line {line} closed?": (
        "{problem}: ar uždarytas sąrašas [ ], prasidedantis {line} eilutėje?"
    ),
    "{problem}: is the mapping in {{ }} that starts on line {line} closed?": (
        "{problem}: ar uždaryti riestiniai skliaustai {{ }}, atidaryti {line} eilutėje?"
    ),
    "{problem}: is the quoted text that starts on line {line} closed?": (
        "{problem}: ar uždarytos kabutės, atidarytos {line} eilutėje?"
    ),
    "{problem}: is the part that starts on line {line} closed?": (
        "{problem}: ar uždaryta dalis, prasidedanti {line} eilutėje?"
    ),
    "did not find expected ',' or ']'": "nerastas laukiamas „,“ arba „]“",
    "did not find expected ',' or '}}'": "nerastas laukiamas „,“ arba „}}“",
    "did not find expected key": "nerastas laukiamas raktas",
    "did not find expected '-' indicator": "nerastas laukiamas brūkšnelis „-“",
    "expected <block end>, but found '{found}'": "tikėtasi bloko pabaigos, bet rasta „{found}“",
    "more": "didesnė",
    "less": "mažesnė",
    " (1 more key after it also repeated)": " (po jo kartojasi dar 1 raktas)",
    " ({count} more keys after it also repeated)": " (po jo kartojasi dar raktų: {count})",
    "mapping values are not allowed here": "čia negali būti „raktas: reikšmė“",
    "could not find expected ':'": "nerastas laukiamas „:“",
    "found character that cannot start any token": (
        "rastas ženklas, kuriuo negali prasidėti jokia YAML dalis"
    ),
    "found unexpected end of stream": "failas baigėsi netikėtai",
    "option": "atsakymo variantas",
    "step": "žingsnis",
    "category": "kategorija",
    "target": "ieškomas objektas",
    "hotspot": "aktyvioji sritis",
    "item": "daiktas",
    "objective": "mokymosi tikslas",
    " (columns: {names})": " (stulpeliai: {names})",
    "a short name shown above the puzzle": "trumpą pavadinimą, rodomą virš užduoties",
    "the question or task the team reads": "klausimą ar užduotį, kurią skaito komanda",
    "where the facts in this puzzle come from": "šaltinį, iš kurio paimti šios užduoties faktai",
    "whether the statement in the prompt is true": (
        "atsakymą: ar teiginys teisingas (true arba false)"
    ),
    "the right number": "teisingą skaičių",
    "the right answer (in each language)": "teisingą atsakymą (kiekviena kalba)",
    "ids of the pack's learning objectives": "rinkinio mokymosi tikslų id",
    "1 room": "kambarių: 1",
    "{count} rooms": "kambarių: {count}",
    "1 puzzle": "užduočių: 1",
    "{count} puzzles": "užduočių: {count}",
    "1 warning": "įspėjimų: 1",
    "{count} warnings": "įspėjimų: {count}",
    "1 error": "klaidų: 1",
    "{count} errors": "klaidų: {count}",
}
"""The parts messages are made of: how things are named, what varies inside a message."""

MESSAGES: dict[str, str] = {
    # --- what pydantic finds, in words (content.messages) --------------------------------
    "'{key}' is missing in {thing}": "{thing}: trūksta „{key}“",
    "{name} has too few values{shape}": "{name}: per mažai reikšmių{shape}",
    "unknown key '{key}' in {thing}{hint}": "nežinomas raktas „{key}“ ({thing}){hint}",
    "{thing} has no 'type'; give one of: {types}": (
        "{thing}: nenurodytas „type“; nurodykite vieną iš: {types}"
    ),
    "unknown puzzle type '{tag}'{hint} (types: {types})": (
        "nežinomas užduoties tipas „{tag}“{hint} (tipai: {types})"
    ),
    "{value} is not a known {key}{hint} (choose from: {choices})": (
        "{value} – netinkama „{key}“ reikšmė{hint} (galimos: {choices})"
    ),
    "'{value}' is not a language code: use two lower-case letters, e.g. 'en'{more}": (
        "„{value}“ nėra kalbos kodas: rašykite dvi mažąsias raides, pvz., „en“{more}"
    ),
    (
        "; it looks like part of a text cut at a comma: inside {{ }} a comma separates entries,"
        ' so put a text that has a comma in quotes, e.g. lt: "Sustokite, žiūrėkite"'
    ): (
        "; panašu į teksto dalį, nukirptą ties kableliu: riestiniuose skliaustuose {{ }} kablelis"
        ' skiria įrašus, todėl tekstą su kableliu rašykite kabutėse, pvz., lt: "Sustokite,'
        ' žiūrėkite"'
    ),
    "a digit is one of 0 to 9, not '{value}'": "skaitmuo yra vienas iš 0–9, o ne „{value}“",
    "'{value}' is not a valid id: use lower-case letters, digits, '-' and '_'{hint}": (
        "„{value}“ netinka kaip id: rašykite mažąsias raides, skaitmenis, „-“ ir „_“{hint}"
    ),
    "{name} must not be empty": "{name} negali būti tuščias",
    "{name} needs at least {entries}{shape}": "{name}: reikia bent {entries}{shape}",
    "{name} takes at most {entries}{shape}": "{name}: galima ne daugiau kaip {entries}{shape}",
    "{name} must be {bound}, not {value}": "{name} turi būti {bound}, o ne {value}",
    "{name} should be {wanted}, not {value}; write decimals with a point: {number}": (
        "{name} turi būti {wanted}, o ne {value}; dešimtąsias rašykite su tašku: {number}"
    ),
    "{name} should be {wanted}, not {value}": "{name} turi būti {wanted}, o ne {value}",
    # --- the models' own rules ----------------------------------------------------------
    "give exactly one of 'rect', 'circle' or 'polygon'": (
        "nurodykite lygiai vieną iš „rect“, „circle“ arba „polygon“"
    ),
    "a rect needs a positive width and height: [x, y, width, height]": (
        "stačiakampio plotis ir aukštis turi būti teigiami: [x, y, plotis, aukštis]"
    ),
    "a circle needs a positive radius: [x, y, radius]": (
        "apskritimo spindulys turi būti teigiamas: [x, y, spindulys]"
    ),
    "give exactly one of 'image', 'scene', 'sign' or 'prop'": (
        "nurodykite lygiai vieną iš „image“, „scene“, „sign“ arba „prop“"
    ),
    "a drawn sign or prop needs 'alt': what it shows, in words": (
        "nupieštam ženklui ar daiktui reikia „alt“: žodžiais, ką jis vaizduoja"
    ),
    "{what} is a 'scene' or an 'image', not a 'sign' or 'prop'": (
        "{what} turi būti „scene“ arba „image“, o ne „sign“ ar „prop“"
    ),
    "a reward gives at least one of 'clue', 'digit' or 'item'": (
        "apdovanojimas duoda bent vieną iš „clue“, „digit“ arba „item“"
    ),
    "'min' must not be greater than 'max'": "„min“ negali būti didesnis už „max“",
    "give exactly one of 'puzzle', 'clue' or 'item'": (
        "nurodykite lygiai vieną iš „puzzle“, „clue“ arba „item“"
    ),
    "give exactly one of 'code_from', 'items' or 'all_puzzles: true'": (
        "nurodykite lygiai vieną iš „code_from“, „items“ arba „all_puzzles: true“"
    ),
    "give exactly one of 'image' or 'scene'": "nurodykite lygiai vieną iš „image“ arba „scene“",
    "a drawn panorama is {width} wide: leave out 'width'": (
        "nupiešta panorama yra {width} pločio: „width“ nerašykite"
    ),
    "give exactly one of 'background' or 'panorama'": (
        "nurodykite lygiai vieną iš „background“ arba „panorama“"
    ),
    "a knowledge-check item has exactly one option with 'correct: true'": (
        "žinių patikrinimo klausimas turi lygiai vieną atsakymo variantą su „correct: true“"
    ),
    "each language is listed once": "kiekviena kalba nurodoma tik kartą",
    "a 'sign' is drawn on a pole, not on a '{prop}': leave out 'prop' or write 'prop: sign'": (
        "ženklas („sign“) piešiamas ant stulpo, o ne ant „{prop}“: „prop“ nerašykite arba"
        " rašykite „prop: sign“"
    ),
    (
        "'{sign}' is not a sign the game draws{closest} (every sign, with its number and"
        " name, is in the sign gallery of the guide)"
    ): (
        "tokio ženklo „{sign}“ žaidimas nepiešia{closest} (visi ženklai su numeriais ir"
        " pavadinimais yra vadovo ženklų galerijoje)"
    ),
    "mark at least one option with 'correct: true'": (
        "pažymėkite bent vieną atsakymo variantą su „correct: true“"
    ),
    "'find' is {find} but only {given} targets are given": (
        "„find“ yra {find}, bet ieškomų objektų nurodyta tik {given}"
    ),
    # --- reading files ------------------------------------------------------------------
    "this is not a file": "tai ne failas",
    "cannot read the file: {why}": "failo perskaityti nepavyko: {why}",
    "the file is larger than {size} bytes; split it into smaller files": (
        "failas didesnis nei {size} baitų; padalykite jį į mažesnius"
    ),
    "this is a binary file, not YAML text": "tai dvejetainis failas, o ne YAML tekstas",
    "the file is not UTF-8 text; save it as UTF-8": (
        "failas nėra UTF-8 tekstas; išsaugokite jį UTF-8 koduote"
    ),
    "the file is nested too deeply": "failo struktūra per gili",
    "the file is nested more than {depth} levels deep": (
        "failo struktūra gilesnė nei {depth} lygių"
    ),
    "the file holds more than {count} values (aliases counted in full)": (
        "faile daugiau nei {count} reikšmių (nuorodos skaičiuojamos visos)"
    ),
    "an alias ('*name') refers to the value that holds it": (
        "nuoroda („*vardas“) rodo į ją pačią apimančią reikšmę"
    ),
    "YAML syntax: an alias ('*name') refers to no anchor ('&name')": (
        "YAML sintaksė: nuoroda („*vardas“) nerodo į jokį inkarą („&vardas“)"
    ),
    "the tag '{tag}' is not allowed: write plain YAML without '!' tags": (
        "žymė „{tag}“ neleidžiama: rašykite paprastą YAML be „!“ žymių"
    ),
    "merge keys ('<<') are not supported: write the keys out": (
        "sujungimo raktai („<<“) nepalaikomi: išrašykite raktus"
    ),
    "a key must be a plain word": "raktas turi būti paprastas žodis",
    "the key '{key}' appears twice (first on line {line}); keep only one{also}": (
        "raktas „{key}“ kartojasi (pirmą kartą {line} eilutėje); palikite tik vieną{also}"
    ),
    (
        "the key '{key}' appears twice (first on line {line}); keep only one, or if a new entry"
        " of the list starts here, add its dash: - {written}{also}"
    ): (
        "raktas „{key}“ kartojasi (pirmą kartą {line} eilutėje); palikite tik vieną arba, jei"
        " čia prasideda naujas sąrašo įrašas, pridėkite jo brūkšnelį: - {written}{also}"
    ),
    "line {line} needs the dash of a list entry, like line {above}: - {written}": (
        "{line} eilutei reikia sąrašo įrašo brūkšnelio, kaip {above} eilutėje: - {written}"
    ),
    (
        "line {line} is indented {amount} than line {above}: align it with line {again}"
        " ({spaces} spaces)"
    ): (
        "{line} eilutės įtrauka {amount} nei {above} eilutės: lygiuokite ją su {again} eilute"
        " (tarpų: {spaces})"
    ),
    ("a text that starts with a quote must end with it; put the whole text in quotes: {fixed}"): (
        "tekstas, prasidedantis kabute, turi ja ir baigtis; visą tekstą rašykite kabutėse: {fixed}"
    ),
    "a tab is used to indent this line; indent with spaces only": (
        "šios eilutės įtrauka padaryta tabuliacija; įtraukoms naudokite tik tarpus"
    ),
    "a ':' inside a text in {{ }} or [ ]; put that text in quotes, e.g. en: \"Stop: look\"": (
        "„:“ tekste riestiniuose {{ }} ar laužtiniuose [ ] skliaustuose; rašykite tą tekstą"
        ' kabutėse, pvz., lt: "Stok: apsidairyk"'
    ),
    "a ':' inside a text; put the text in quotes: {fixed}": (
        "„:“ tekste; rašykite tekstą kabutėse: {fixed}"
    ),
    "YAML syntax: {detail}": "YAML sintaksė: {detail}",
    "no such pack folder": "tokio rinkinio aplanko nėra",
    "no pack.yaml in this folder or any folder above it": (
        "nei šiame, nei aukštesniame aplanke nėra pack.yaml"
    ),
    "no such file or folder": "tokio failo ar aplanko nėra",
    "cannot read the pack: {why}": "rinkinio perskaityti nepavyko: {why}",
    "cannot read: {why}": "perskaityti nepavyko: {why}",
    "the file is empty": "failas tuščias",
    "this file links outside the pack; not read": (
        "šis failas yra nuoroda už rinkinio ribų; jis neskaitomas"
    ),
    # --- the pack as a whole --------------------------------------------------------------
    "this room's id must be '{id}', the name of its file": (
        "šio kambario id turi būti „{id}“ – toks, kaip jo failo pavadinimas"
    ),
    "the puzzle id '{id}' is already used ({where}); ids must be unique": (
        "užduoties id „{id}“ jau naudojamas ({where}); id neturi kartotis"
    ),
    "the room '{id}' has no file {file}{hint}": "kambarys „{id}“ neturi failo {file}{hint}",
    "this room is not played: its id is not in the 'rooms' list of pack.yaml": (
        "šis kambarys nežaidžiamas: jo id nėra pack.yaml sąraše „rooms“"
    ),
    "the room '{id}' is listed twice": "kambarys „{id}“ nurodytas du kartus",
    "the question id '{id}' is already used in {where}": (
        "klausimo id „{id}“ jau naudojamas: {where}"
    ),
    "the objective '{id}' is not declared in pack.yaml{hint}": (
        "mokymosi tikslas „{id}“ neaprašytas pack.yaml faile{hint}"
    ),
    (
        "form_a has {a} questions and form_b {b}; the two forms should be parallel,"
        " with the same number of questions"
    ): (
        "form_a klausimų: {a}, form_b klausimų: {b}; abi formos turi būti lygiagrečios, su"
        " tiek pat klausimų"
    ),
    "no puzzle practises the objective '{id}'": (
        "mokymosi tikslo „{id}“ nelavina nė viena užduotis"
    ),
    "the {noun} id '{id}' is used twice (also {other} {number}); ids must be unique": (
        "{noun}: id „{id}“ kartojasi, jį turi ir {other} Nr. {number}; id neturi kartotis"
    ),
    # --- a room -------------------------------------------------------------------------
    "the puzzle '{id}' belongs to the room '{owner}', not to this one": (
        "užduotis „{id}“ priklauso kambariui „{owner}“, o ne šiam"
    ),
    "there is no puzzle '{id}' in the room '{room}'{hint}": (
        "kambaryje „{room}“ nėra užduoties „{id}“{hint}"
    ),
    "the item '{id}' is not declared in the room '{room}'{hint}": (
        "daiktas „{id}“ neaprašytas kambaryje „{room}“{hint}"
    ),
    "a code lock cannot take a digit from itself": ("kodo spyna negali imti skaitmens iš savęs"),
    "the puzzle '{id}' gives no digit: give it a reward like {{digit: '4'}}": (
        "užduotis „{id}“ neduoda skaitmens: pridėkite jai apdovanojimą, pvz., {{digit: '4'}}"
    ),
    "this digit is not part of any code in the room '{room}'": (
        "šis skaitmuo nepriklauso jokiam kambario „{room}“ kodui"
    ),
    "this hotspot can never be opened: nothing in the room gives {items}": (
        "šios aktyviosios srities niekada nepavyks atidaryti: kambaryje niekas neduoda šių"
        " daiktų: {items}"
    ),
    "this hotspot can never be opened: {items} can only be got behind it": (
        "šios aktyviosios srities niekada nepavyks atidaryti: šiuos daiktus galima gauti tik"
        " už jos: {items}"
    ),
    "this code lock can never be opened: {reason}": (
        "šios kodo spynos niekada nepavyks atidaryti: {reason}"
    ),
    "the exit can never be opened: {reason}": "išėjimo niekada nepavyks atidaryti: {reason}",
    "no hotspot opens this puzzle: add one with opens: {{puzzle: {id}}}": (
        "šios užduoties neatidaro jokia aktyvioji sritis: pridėkite ją su opens: {{puzzle: {id}}}"
    ),
    "nothing in the room gives this item (a hotspot or a puzzle's reward)": (
        "šio daikto kambaryje niekas neduoda (nei aktyvioji sritis, nei užduoties apdovanojimas)"
    ),
    "{name} reaches outside the {width}×{height} scene": (
        "{name} išeina už {width}×{height} scenos ribų"
    ),
    "{name} reaches above or below the panorama, which is {height} high": (
        "{name} išeina virš arba žemiau panoramos, kurios aukštis {height}"
    ),
    "{name} overlaps {other}{across}": "{name} ir {other} persidengia{across}",
    (
        "{name} starts at x {x}, outside the panorama: x runs from 0 to {width}, and a shape"
        " may run on past {again} across the seam"
    ): (
        "{name} prasideda ties x {x}, už panoramos ribų: x būna nuo 0 iki {width}, o figūra"
        " gali tęstis už {again} per siūlę"
    ),
    "{name} is {width} wide, wider than the screen ({screen}), so it is never seen whole": (
        "{name} yra {width} pločio – platesnė už ekraną ({screen}), todėl visa niekada nesimato"
    ),
    (
        "the hotspot '{id}' has no 'prop', so nothing shows it on the drawn scene; add one,"
        " e.g. 'prop: poster'"
    ): (
        "aktyvioji sritis „{id}“ neturi „prop“, todėl nupieštoje scenoje jos nematyti;"
        " pridėkite, pvz., „prop: poster“"
    ),
    (
        "{limit} s may be too short: {count} puzzles take about {needed} s (60 s easy,"
        " 75 s medium, 90 s hard each); give at least {least}"
    ): (
        "{limit} s gali neužtekti: užduočių: {count}, joms reikia apie {needed} s (lengvai"
        " užduočiai – 60 s, vidutinei – 75 s, sunkiai – 90 s); skirkite bent {least}"
    ),
    "this folder is a link to a place outside the pack": (
        "šis aplankas yra nuoroda į vietą už rinkinio ribų"
    ),
    "write '/' between folders, not '\\'": "tarp aplankų rašykite „/“, o ne „\\“",
    "write a path inside {folder}, not a full path from the disk's top": (
        "rašykite kelią aplanko viduje ({folder}), o ne visą kelią nuo disko šaknies"
    ),
    "'..' leads out of {folder}; keep pictures inside it": (
        "„..“ veda už aplanko ribų ({folder}); laikykite paveikslėlius jame"
    ),
    "this picture is a link to a place outside the pack": (
        "šis paveikslėlis yra nuoroda į vietą už rinkinio ribų"
    ),
    "there is no picture '{name}' in {folder}{hint}": (
        "nėra paveikslėlio „{name}“ ({folder}){hint}"
    ),
    "the game shows pictures of these kinds: {kinds}": (
        "žaidimas rodo tik šių rūšių paveikslėlius: {kinds}"
    ),
    "the category '{id}' is not one of this puzzle's categories": (
        "kategorija „{id}“ nėra šios užduoties kategorija"
    ),
    "no item belongs in the category '{id}'": "kategorijai „{id}“ nepriskirtas nė vienas daiktas",
    "the answer is empty, so nothing typed can match it": (
        "atsakymas tuščias, todėl su juo nesutaps joks įvestas tekstas"
    ),
    # --- texts, languages, files the game does not read -------------------------------
    "{name} has no '{code}' text (pack languages: {languages})": (
        "{name}: nėra teksto kalba „{code}“ (rinkinio kalbos: {languages})"
    ),
    (
        "'{code}' is not one of the pack's languages ({languages}); add it to 'languages'"
        " in pack.yaml or remove it"
    ): (
        "„{code}“ nėra rinkinio kalba ({languages}); pridėkite ją prie „languages“ pack.yaml"
        " faile arba pašalinkite"
    ),
    "this file is not read: {rule}{rename}": "šis failas neskaitomas: {rule}{rename}",
    (
        "the puzzles in this folder are not read: no room has the id '{id}' (a room's puzzles"
        " go in {rooms}/<room-id>/){hint}"
    ): (
        "šio aplanko užduotys neskaitomos: nė vienas kambarys neturi id „{id}“ (kambario"
        " užduotys dedamos į {rooms}/<kambario-id>/){hint}"
    ),
    "{name} is still the template's {value}: write your own": (
        "{name} vis dar toks pat kaip šablone ({value}): parašykite savo"
    ),
    "{name} is read as {number} from '{text}'; write {whole} if the point separates thousands": (
        "{name} perskaitomas kaip {number} iš „{text}“; jei taškas skiria tūkstančius,"
        " rašykite {whole}"
    ),
    # --- questions from a spreadsheet (escape-room import) ------------------------------
    "row {row}, column {letter} ({column}): {message}": (
        "{row} eilutė, {letter} stulpelis ({column}): {message}"
    ),
    "row {row}, column {column}: {message}": "{row} eilutė, stulpelis {column}: {message}",
    "row {row}: {message}": "{row} eilutė: {message}",
    "column {letter}: unknown column '{name}'{hint}": (
        "{letter} stulpelis: nežinomas stulpelis „{name}“{hint}"
    ),
    "column {letter}: the column '{name}' is there twice": (
        "{letter} stulpelis: stulpelis „{name}“ yra du kartus"
    ),
    "there is no '{name}' column": "nėra stulpelio „{name}“",
    "there is no '{column}' column, which {rows}: add it, and in it {what}": (
        "nėra stulpelio „{column}“, kurio reikia {rows}: pridėkite jį ir jame {what}"
    ),
    "write {what}": "įrašykite {what}",
    "give the id of the learning objective it practises ({ids})": (
        "įrašykite mokymosi tikslo, kurį klausimas lavina, id ({ids})"
    ),
    "row {number} needs": "{number} eilutei",
    "rows {numbers} need": "{numbers} eilutėms",
    "there are no options to choose from: fill option1, option2…": (
        "nėra atsakymo variantų, iš kurių rinktis: užpildykite option1, option2…"
    ),
    "there is no question below the headings": "po antraštėmis nėra nė vieno klausimo",
    "the file is empty: start from `escape-room import --template`": (
        "failas tuščias: pradėkite nuo `escape-room import --template`"
    ),
    "the file is larger than {size} bytes; split it": (
        "failas didesnis nei {size} baitų; padalykite jį"
    ),
    "this is not a CSV text file: save the sheet as 'CSV UTF-8'": (
        "tai ne CSV tekstinis failas: išsaugokite lentelę kaip „CSV UTF-8“"
    ),
    "the file is not UTF-8 text: save the sheet as 'CSV UTF-8'": (
        "failas nėra UTF-8 tekstas: išsaugokite lentelę kaip „CSV UTF-8“"
    ),
    "cannot read the table: {why}": "lentelės perskaityti nepavyko: {why}",
    "{cells} cells, but only {headings} headings": (
        "langelių: {cells}, o antraščių tik {headings}"
    ),
    "empty: write one of {types}": "tuščia: įrašykite vieną iš: {types}",
    (
        "a {kind} puzzle cannot be written in one row; write it in YAML (escape-room new"
        " puzzle --type {again}), or use {types}"
    ): (
        "užduoties {kind} vienoje eilutėje aprašyti negalima; rašykite ją YAML faile"
        " (escape-room new puzzle --type {again}) arba naudokite {types}"
    ),
    "'{name}' is not a type of question{hint} (types: {types})": (
        "„{name}“ nėra klausimo tipas{hint} (tipai: {types})"
    ),
    "empty: give the id of the learning objective it practises ({ids})": (
        "tuščia: įrašykite mokymosi tikslo, kurį klausimas lavina, id ({ids})"
    ),
    "the pack has no learning objective '{id}'{hint}": (
        "rinkinyje nėra mokymosi tikslo „{id}“{hint}"
    ),
    "the id '{id}' is also the id of the question in row {row}: give each question its own id": (
        "id „{id}“ jau turi {row} eilutės klausimas: kiekvienam klausimui duokite savą id"
    ),
    "the id '{id}' is already a puzzle's id in the pack: give this question another id": (
        "id „{id}“ jau turi rinkinio užduotis: duokite šiam klausimui kitą id"
    ),
    "filled, but a {kind} question does not read it: clear it, or check the row's type": (
        "užpildyta, bet {kind} klausimas šio stulpelio neskaito: išvalykite jį arba patikrinkite"
        " eilutės tipą"
    ),
    "empty: write {what}": "tuščia: įrašykite {what}",
    "empty, while {other} is filled: write it in this language too": (
        "tuščia, nors {other} užpildyta: parašykite ir šia kalba"
    ),
    "empty: give the number of the right option, e.g. 2": (
        "tuščia: įrašykite teisingo atsakymo varianto numerį, pvz., 2"
    ),
    "'{word}' names no filled option: give numbers of options (1 to {last}) or their letters": (
        "„{word}“ neatitinka jokio užpildyto atsakymo varianto: rašykite variantų numerius"
        " (nuo 1 iki {last}) arba raides"
    ),
    "nothing written: mend what is listed above and import again": (
        "niekas neįrašyta: ištaisykite tai, kas išvardyta aukščiau, ir importuokite dar kartą"
    ),
    # what a required key is, from the models' descriptions
    # --- what the commands say ------------------------------------------------------------
    "OK: {title}: {rooms}, {puzzles}, languages {languages} ({warnings})": (
        "Tinka: {title}: {rooms}, {puzzles}, kalbos {languages} ({warnings})"
    ),
    "OK: {title}: {puzzles}": "Tinka: {title}: {puzzles}",
    "Not valid: {errors}, {warnings}": "Netinka: {errors}, {warnings}",
    "created {path}": "sukurta {path}",
    "next: escape-room validate {path}": "toliau: escape-room validate {path}",
    "added the hotspot '{id}' that opens it to {path}": (
        "į {path} pridėta ją atidaranti aktyvioji sritis „{id}“"
    ),
    "add a hotspot to {path} that opens it: - {item}": (
        "pridėkite į {path} ją atidarančią aktyviąją sritį: - {item}"
    ),
    "added '{id}' to the rooms in {path}": "„{id}“ pridėtas prie kambarių faile {path}",
    "add '{id}' to 'rooms:' in {path} to play it": (
        "kad kambarį būtų galima žaisti, pridėkite „{id}“ prie „rooms:“ faile {path}"
    ),
    "not overwriting what exists: {paths}": "esami failai neperrašomi: {paths}",
    "the puzzle id '{id}' is already used in this pack": (
        "užduoties id „{id}“ šiame rinkinyje jau naudojamas"
    ),
    "there is no room '{id}' in pack.yaml{hint}": "pack.yaml faile nėra kambario „{id}“{hint}",
    "give the room with --room (rooms: {ids})": (
        "nurodykite kambarį parinktimi --room (kambariai: {ids})"
    ),
    "{path}: no pack.yaml in this folder or any folder above it": (
        "{path}: nei šiame, nei aukštesniame aplanke nėra pack.yaml"
    ),
    "the pack has errors; no sheet written": "rinkinyje yra klaidų; lapas neparašytas",
    "wrote {path}": "parašyta: {path}",
}
"""Each English wording of an authoring message, with its Lithuanian wording."""
LAST = {"{place}: {message}": "{place}: {message}"}
"""Tried after all others: a model's own rule, said of the value it is about."""
_TABLES = {"messages": MESSAGES, "parts": PARTS, "last": LAST}
SEVERITIES = {"error": "klaida", "warning": "įspėjimas"}


@dataclass(frozen=True)
class _Wording:
    pattern: re.Pattern[str]
    lithuanian: str


def fields(wording: str) -> list[str]:
    """The names of the parts of a wording that vary, in order."""
    return [name for _, name, _, _ in Formatter().parse(wording) if name is not None]


@cache
def _wordings(tables: tuple[str, ...]) -> list[_Wording]:
    """The wordings of these tables in turn; in each, those with the most fixed text first,
    so that the most particular wording matches."""
    ordered = [
        pair
        for table in tables
        for pair in sorted(_TABLES[table].items(), key=lambda pair: -len(_fixed(pair[0])))
    ]
    return [_Wording(_pattern(english), lithuanian) for english, lithuanian in ordered]


def _fixed(wording: str) -> str:
    return "".join(literal for literal, _, _, _ in Formatter().parse(wording))


_ENDINGS = {
    "hint": r"(?:; | \().*",
    "also": r" \([0-9]+ more keys? after it also repeated\)",
    "closest": r"; the closest: .*",
    "more": r"; .*",
    "rename": r"; .*",
    "across": r" across .*",
    "shape": r": \[.*",
}
"""How the endings a message may have start (a "did you mean" and the like), so that they are
told apart from the part before them."""
_THING = r"(?:the file|[a-z_]+ (?:'[^']*'|[0-9]+)|'[^']*')"
_SHAPES = {
    "key": r"[^']*",
    "id": r"[^']*",
    "code": r"[^']*",
    "word": r"[^']*",
    "first": r"[^']*",
    "sign": r"[^']*",
    "number": r"[0-9]+",
    "thing": _THING,
    "place": rf"(?:'[^']*'(?: in {_THING})?|{_THING})",
}
"""What some parts can be: an id has no quote in it, a thing is named as `thing_at` names it."""


def _pattern(english: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _, _ in Formatter().parse(english):
        parts.append(re.escape(literal))
        if name in _ENDINGS:
            parts.append(f"(?P<{name}>{_ENDINGS[name]})?")
        elif name is not None:
            parts.append(f"(?P<{name}>{_SHAPES.get(name, '.*?')})")
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


def in_lithuanian(message: str, tables: tuple[str, ...] = ("messages", "last")) -> str | None:
    """The message (or a part of one, with the parts' table) in Lithuanian, or None when no
    wording matches it."""
    for wording in _wordings(tables):
        match = wording.pattern.match(message)
        if match:
            parts = {name: _part(name, value or "") for name, value in match.groupdict().items()}
            return wording.lithuanian.format(**parts)
    return None


_VERBATIM = {"column", "letter", "row", "id", "key", "code", "word", "tag", "line", "path", "file"}
"""Parts that are the teacher's own words or names, never translated."""


def _part(name: str, value: str) -> str:
    if not value.strip() or name in _VERBATIM:
        return value
    return in_lithuanian(value, ("messages", "last", "parts")) or value


def say(message: str, lang: str) -> str:
    """An authoring message in `lang` (English unless Lithuanian is asked and known)."""
    if lang != "lt":
        return message
    return "\n".join(in_lithuanian(line) or line for line in message.split("\n"))


def problem_in(problem: Problem, lang: str) -> Problem:
    """The problem with its message in `lang`."""
    from dataclasses import replace

    return replace(problem, message=say(problem.message, lang))


def problem_line(problem: Problem, lang: str) -> str:
    """`path:line:col: severity: message`, in `lang`."""
    if lang != "lt":
        return str(problem)
    severity = SEVERITIES[problem.severity]
    message = say(problem.message, lang)
    return f"{problem.path}:{problem.line}:{problem.col}: {severity}: {message}"


def problems_text(problems: list[Problem], lang: str) -> str:
    """One line per problem, in `lang`."""
    return "\n".join(problem_line(problem, lang) for problem in problems)
