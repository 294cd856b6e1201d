"""The authoring messages in Lithuanian: `validate`, `new`, `import` and `sheet` say what they
find in the teacher's language (`--lang lt`, `ESCAPE_ROOM_LANG` or a Lithuanian locale).

Messages are made in English where the problem is found. `MESSAGES` pairs each English wording,
with `{name}` for each part that varies, with its Lithuanian wording; a message is matched
against the English wordings and written again in Lithuanian, each varying part translated the
same way (so "puzzle 'p1'" inside a message becomes "užduotis „p1“"). A message no wording
matches stays in English. A test checks that both wordings of each pair have the same parts,
and that the messages the checks give are all matched.

The Lithuanian guide's generated tables (:mod:`escape_room.content.reference`) are said with the
tables at the end: `DESCRIPTIONS` gives each key's description in the models, the one English
source, in Lithuanian (messages quote them too), `TABLE_WORDS` the tables' other words and
`COLUMNS` what to write in each column of the questions spreadsheet. A text with no Lithuanian
wording stops the guide's generation (`NoWording`), so a test fails until one is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from string import Formatter
from typing import NamedTuple

from escape_room.content.problems import Problem, in_a_sentence

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
    "there is no '{column}' column, which {rows}: add it ({help})": (
        "nėra stulpelio „{column}“, kurio reikia {rows}: pridėkite jį ({help})"
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
    "empty: write {what}": "tuščia, o čia turi būti {what}",
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
    "{path} exists and is not a JSON Schema: not overwriting it": (
        "{path} jau yra, ir tai ne JSON schema: failas neperrašomas"
    ),
}
"""Each English wording of an authoring message, with its Lithuanian wording."""
LAST = {"{place}: {message}": "{place}: {message}"}
"""Tried after all others: a model's own rule, said of the value it is about."""

# --- the guide's generated tables (escape_room.content.reference) -------------------------

DESCRIPTIONS: dict[str, str] = {
    # the pack
    "The pack's id.": "Rinkinio id.",
    "The pack's name, shown on the title screen.": (
        "Rinkinio pavadinimas, rodomas pradiniame ekrane."
    ),
    "The pack's version, e.g. '1.0'; scores record it.": (
        "Rinkinio versija, pvz., „1.0“; ji įrašoma kartu su rezultatais."
    ),
    "Who wrote the pack.": "Kas parašė rinkinį.",
    "The licence of the content, e.g. 'CC-BY-4.0'.": "Turinio licencija, pvz., „CC-BY-4.0“.",
    "Languages every text is written in; the first is the default.": (
        "Kalbos, kuriomis parašyti visi tekstai; pirmoji – numatytoji."
    ),
    "Youngest and oldest age of the players, in years.": (
        "Jauniausių ir vyriausių žaidėjų amžius metais."
    ),
    "A few lines for the teacher.": "Kelios eilutės mokytojui.",
    "The learning objectives.": "Mokymosi tikslai.",
    "Room ids in playing order.": "Kambarių id žaidimo tvarka.",
    "Questions asked before and after playing, to measure learning.": (
        "Klausimai prieš žaidimą ir po jo, pagal kuriuos matyti, ko išmokta."
    ),
    "Folder of the pack's images, relative to pack.yaml.": (
        "Rinkinio paveikslėlių aplankas, nurodomas nuo pack.yaml aplanko."
    ),
    "The objective's id, unique in the pack.": "Mokymosi tikslo id, nesikartojantis rinkinyje.",
    "A short name, shown in reports.": "Trumpas pavadinimas, rodomas ataskaitose.",
    "What students should know or do.": "Ką mokiniai turėtų žinoti ar mokėti.",
    "Reference in the school curriculum.": "Nuoroda į mokyklos ugdymo programą.",
    "Youngest age, in years.": "Jauniausių žaidėjų amžius metais.",
    "Oldest age, in years.": "Vyriausių žaidėjų amžius metais.",
    "Asked before the first room.": "Užduodami prieš pirmąjį kambarį.",
    "Asked after the last room.": "Užduodami po paskutiniojo kambario.",
    "The item's id, unique in the knowledge check.": (
        "Klausimo id, nesikartojantis žinių patikrinime."
    ),
    "Id of the learning objective it measures.": "Mokymosi tikslo, kurį klausimas matuoja, id.",
    "The question.": "Klausimas.",
    "Two to six options; exactly one correct.": (
        "Nuo dviejų iki šešių atsakymo variantų; lygiai vienas teisingas."
    ),
    "Where the fact asked comes from.": "Šaltinis, iš kurio paimtas klausiamas faktas.",
    "A sign or object shown with the question (its 'alt' says it in words).": (
        "Ženklas ar objektas, rodomas prie klausimo (jo „alt“ tai pasako žodžiais)."
    ),
    "The option's id, unique in its question.": "Atsakymo varianto id, nesikartojantis klausime.",
    "The answer as the team reads it.": "Atsakymas taip, kaip jį skaito komanda.",
    "Whether choosing this option is right.": "Ar pasirinkti šį variantą teisinga.",
    "Shown when this option is chosen.": "Rodoma, kai pasirenkamas šis variantas.",
    # a room
    "The room's id: the same as its file name without '.yaml'.": (
        "Kambario id: toks pat kaip jo failo pavadinimas be „.yaml“."
    ),
    "The room's name.": "Kambario pavadinimas.",
    "Read when the room starts: the story and the task.": (
        "Skaitoma kambariui prasidedant: istorija ir užduotis."
    ),
    "Read when the team escapes.": "Skaitoma, kai komanda ištrūksta.",
    "The scene behind the hotspots; or give 'panorama' instead.": (
        "Scena už aktyviųjų sričių; arba vietoj jos nurodykite „panorama“."
    ),
    "A scene the team turns around in, instead of a 'background'.": (
        "Scena, kurioje komanda apsidairo ratu, vietoj „background“."
    ),
    "Seconds the team has to escape.": "Per kiek sekundžių komanda turi ištrūkti.",
    "What hints cost in this room.": "Kiek šiame kambaryje kainuoja užuominos.",
    "Things the team can pick up.": "Daiktai, kuriuos komanda gali pasiimti.",
    "The places the team can open.": "Vietos, kurias komanda gali atidaryti.",
    "The door out, and its lock.": "Išėjimo durys ir jų spyna.",
    "The ages this room is written for, when narrower than the pack's.": (
        "Amžius, kuriam skirtas kambarys, jei siauresnis nei rinkinio."
    ),
    "Points each hint costs unless the hint says otherwise.": (
        "Kiek taškų kainuoja kiekviena užuomina, jei pati užuomina nenurodo kitaip."
    ),
    "The item's id, unique in its room.": "Daikto id, nesikartojantis kambaryje.",
    "Its name in the inventory.": "Jo pavadinimas radinių juostoje.",
    "Shown when the item is looked at.": "Rodoma, kai daiktas apžiūrimas.",
    "The hotspot's id, unique in its room.": "Aktyviosios srities id, nesikartojantis kambaryje.",
    "Its name, read out and shown on focus.": (
        "Pavadinimas, kuris skaitomas balsu ir rodomas pažymėjus."
    ),
    "Where it is on the 1280×720 scene or the panorama.": "Vieta 1280×720 scenoje ar panoramoje.",
    "What selecting it opens.": "Ką atidaro ją pasirinkus.",
    "An object the game draws in this area on a drawn scene, e.g. 'sign'.": (
        "Objektas, kurį žaidimas nupiešia šioje srityje nupieštoje scenoje, pvz., „sign“."
    ),
    (
        "A road sign on a pole drawn here, by its KET number or name, e.g. '203' or"
        " 'cycle-path'; with a sign prop, or alone."
    ): (
        "Čia ant stulpo nupieštas kelio ženklas, nurodytas KET numeriu arba pavadinimu, pvz.,"
        " „203“ ar „cycle-path“; su ženklo objektu („prop“) arba be jo."
    ),
    "Items the team must hold before this opens.": (
        "Daiktai, kuriuos komanda turi turėti, kad sritis atsidarytų."
    ),
    "Id of a puzzle of this room.": "Šio kambario užduoties id.",
    "A clue shown and kept in the inventory.": (
        "Užuomina, kuri parodoma ir lieka radinių juostoje."
    ),
    "Id of an item of this room the team picks up.": (
        "Šio kambario daikto, kurį komanda pasiima, id."
    ),
    "[x, y, width, height] in scene pixels.": "[x, y, plotis, aukštis] scenos taškais.",
    "[centre x, centre y, radius] in scene pixels.": (
        "[centro x, centro y, spindulys] scenos taškais."
    ),
    "Corner points [[x, y], ...], at least three.": (
        "Kampų taškai [[x, y], ...], ne mažiau kaip trys."
    ),
    "Path inside the pack's assets folder; may differ per language.": (
        "Kelias rinkinio paveikslėlių aplanke (assets); gali skirtis pagal kalbą."
    ),
    "A scene the game draws instead of an image.": "Žaidimo nupiešta scena vietoj paveikslėlio.",
    (
        "A traffic sign the game draws, shown beside a question: its KET number or name,"
        " e.g. '203' or 'give-way'."
    ): (
        "Žaidimo nupieštas kelio ženklas, rodomas šalia klausimo: jo KET numeris arba"
        " pavadinimas, pvz., „203“ ar „give-way“."
    ),
    "An object the game draws (a traffic light, a level crossing ...).": (
        "Žaidimo nupieštas objektas (šviesoforas, geležinkelio pervaža ...)."
    ),
    (
        "What the picture shows, in words: read out, and said where it is not seen."
        " Needed for a sign or prop."
    ): (
        "Žodžiais, ką vaizduoja paveikslėlis: skaitoma balsu ir pasakoma ten, kur jo nematyti."
        " Būtina ženklui ar objektui."
    ),
    "A panorama the game draws (3840 wide) instead of a picture.": (
        "Žaidimo nupiešta panorama (3840 pločio) vietoj paveikslėlio."
    ),
    "A panoramic picture in the pack's assets folder; may differ per language.": (
        "Panoraminis paveikslėlis rinkinio paveikslėlių aplanke; gali skirtis pagal kalbą."
    ),
    "The panorama's width in scene pixels for the full turn (it is 720 high).": (
        "Panoramos plotis scenos taškais visam ratui (jos aukštis – 720)."
    ),
    "The x the team faces first, in the screen's middle.": (
        "x, kurį komanda iš pradžių mato ekrano viduryje."
    ),
    "Places named on the compass strip; north, east, south and west when none.": (
        "Vietos, pavadintos kompaso juostoje; jei jų nėra – šiaurė, rytai, pietūs ir vakarai."
    ),
    "Where it is: the x of the panorama, from 0.": "Kur ji yra: panoramos x, nuo 0.",
    "Its name on the compass strip.": "Jos pavadinimas kompaso juostoje.",
    "How the door opens.": "Kaip atsidaro durys.",
    "Puzzles whose digit rewards, in this order, make the door code.": (
        "Užduotys, kurių apdovanojimo skaitmenys šia tvarka sudaro durų kodą."
    ),
    "Items that open the door.": "Daiktai, kurie atidaro duris.",
    "The door opens once every puzzle is solved.": "Durys atsidaro, kai išspręstos visos užduotys.",
    # every puzzle
    "One or more puzzles of the room.": "Viena ar daugiau kambario užduočių.",
    "The puzzle's id, unique in the whole pack.": "Užduoties id, nesikartojantis visame rinkinyje.",
    "A short name shown above the puzzle.": "Trumpas pavadinimas, rodomas virš užduoties.",
    "The question or task the team reads.": "Klausimas ar užduotis, kurią skaito komanda.",
    "Ids of the pack's learning objectives.": "Rinkinio mokymosi tikslų id.",
    "Where the facts in this puzzle come from.": "Šaltinis, iš kurio paimti šios užduoties faktai.",
    "1 easy, 2 medium, 3 hard.": "1 – lengva, 2 – vidutinė, 3 – sunki.",
    "Points for solving it at the first try.": "Taškai už išsprendimą iš pirmo karto.",
    "Hints, cheapest first.": "Užuominos, pigiausia pirma.",
    "What the game says after a right or wrong answer.": (
        "Ką žaidimas sako po teisingo ar klaidingo atsakymo."
    ),
    "Shown after the puzzle and in the debrief when it was missed.": (
        "Rodoma po užduoties, o apibendrinime – jei užduotis buvo neišspręsta."
    ),
    "What solving the puzzle gives the team.": "Ką komanda gauna išsprendusi užduotį.",
    "A picture shown with the prompt.": "Paveikslėlis, rodomas prie klausimo.",
    "The hint shown to the team.": "Komandai rodoma užuomina.",
    "Points this hint costs; the room's hint policy when left out.": (
        "Kiek taškų kainuoja ši užuomina; jei nenurodyta – kiek nustatyta kambaryje."
    ),
    "Shown after a right answer.": "Rodoma po teisingo atsakymo.",
    "Shown after a wrong answer.": "Rodoma po klaidingo atsakymo.",
    "One digit of a code lock, as a string: '7'.": (
        "Vienas kodo spynos skaitmuo, rašomas kabutėse: '7'."
    ),
    "Id of an item declared in the room.": "Kambaryje aprašyto daikto id.",
    # each type of puzzle
    "The puzzle type.": "Užduoties tipas.",
    "Two to eight options; at least one correct.": (
        "Nuo dviejų iki aštuonių atsakymo variantų; bent vienas teisingas."
    ),
    "Show the options in a random order.": "Rodyti atsakymo variantus atsitiktine tvarka.",
    "Whether the statement in the prompt is true.": "Atsakymas, ar klausimo teiginys teisingas.",
    "Shown when the team says true.": "Rodoma, kai komanda atsako „tiesa“.",
    "Shown when the team says false.": "Rodoma, kai komanda atsako „netiesa“.",
    "The steps in their correct order.": "Žingsniai teisinga tvarka.",
    "The step's id, unique in its puzzle.": "Žingsnio id, nesikartojantis užduotyje.",
    "The step as the team reads it.": "Žingsnis taip, kaip jį skaito komanda.",
    "Two to six pairs.": "Nuo dviejų iki šešių porų.",
    "Shown in the left column, in this order.": "Rodoma kairiajame stulpelyje šia tvarka.",
    "Its match, shown shuffled in the right column.": (
        "Jo pora, rodoma sumaišyta dešiniajame stulpelyje."
    ),
    "Two to four categories.": "Nuo dviejų iki keturių kategorijų.",
    "Two to ten items to sort.": "Nuo dviejų iki dešimties dalykų, kuriuos reikia surūšiuoti.",
    "The category's id, unique in its puzzle.": "Kategorijos id, nesikartojantis užduotyje.",
    "The category's name as the team reads it.": (
        "Kategorijos pavadinimas taip, kaip jį skaito komanda."
    ),
    "The thing as the team reads it.": "Dalykas taip, kaip jį skaito komanda.",
    "Id of the category it belongs in.": "Kategorijos, kuriai jis priklauso, id.",
    "The picture in which hazards are found.": "Paveikslėlis, kuriame ieškoma pavojų.",
    "One to twelve things to find in the picture.": (
        "Nuo vieno iki dvylikos objektų, kuriuos reikia rasti paveikslėlyje."
    ),
    "How many to find; all targets when omitted.": (
        "Kiek objektų reikia rasti; nenurodžius – visus."
    ),
    "The target's id, unique in its puzzle.": "Ieškomo objekto id, nesikartojantis užduotyje.",
    "What it is, shown once it is found.": "Kas tai yra; rodoma, kai objektas rastas.",
    "Where it is in the picture.": "Kur jis yra paveikslėlyje.",
    "An object the game draws there when the picture is a drawn scene.": (
        "Objektas, kurį žaidimas ten nupiešia, kai paveikslėlis yra nupiešta scena."
    ),
    "The right number.": "Teisingas skaičius.",
    "How far from the answer still counts as right.": (
        "Kiek nuo atsakymo nutolęs skaičius dar laikomas teisingu."
    ),
    "Shown after the input, e.g. 'm' or 'km/h'.": (
        "Matavimo vienetas, rodomas šalia įvesties lauko, pvz., „m“ ar „km/h“."
    ),
    "The right answer (in each language).": "Teisingas atsakymas (kiekviena kalba).",
    "Other accepted answers.": "Kiti tinkami atsakymai.",
    "Usually none: a code lock gathers digits rather than teaching a fact.": (
        "Paprastai jokių: kodo spyna renka skaitmenis, o ne moko fakto."
    ),
    "Puzzles whose digit rewards make the code, in order.": (
        "Užduotys, kurių apdovanojimo skaitmenys šia tvarka sudaro kodą."
    ),
}
"""Each key's description in the models, the English source, with its Lithuanian wording as the
Lithuanian guide's tables give it. A message quotes it as part of a sentence (a key a
spreadsheet row leaves empty: "tuščia, o čia turi būti ..."), so each is a noun phrase where
the key is required."""

TABLE_WORDS: dict[str, str] = {
    "| key | value | required | description |": "| raktas | reikšmė | privalomas | aprašymas |",
    "yes": "taip",
    "no": "ne",
    "no (default {value})": "ne (numatyta {value})",
    "id": "id",
    "ids": "id",
    "language codes": "kalbų kodų",
    "digit": "skaitmuo",
    "true or false": "true arba false",
    "whole number": "sveikasis skaičius",
    "number": "skaičius",
    "plain text": "paprastas tekstas",
    "plain texts": "paprastųjų tekstų",
    "text": "tekstas",
    "texts": "tekstų",
    "list of {kinds}": "{kinds} sąrašas",
    "one of {choices}": "vienas iš {choices}",
    "{first} or {second}": "{first} arba {second}",
    "[{count} numbers]": "[{count} skaičiai]",
    "| column | read by | what to write |": "| stulpelis | kas skaito | ką rašyti |",
    "every question": "visi klausimai",
}
"""The words of the guide's generated tables: headings, what a key's value is, whether it is
required (for a list, the plural is the genitive the Lithuanian "... sąrašas" takes)."""

COLUMNS: dict[str, str] = {
    "the kind of question: {types}": "klausimo tipas: {types}",
    "the puzzle's id (default: made from the title)": (
        "užduoties id (nenurodžius sudaromas iš pavadinimo)"
    ),
    "id of the learning objective (default: the pack's only one)": (
        "mokymosi tikslo id (nenurodžius – vienintelis rinkinio tikslas)"
    ),
    "a short name shown above the question": "trumpas pavadinimas, rodomas virš klausimo",
    "the question or statement the team reads": "klausimas ar teiginys, kurį skaito komanda",
    "a hint, for a few points": "užuomina už kelis taškus",
    "shown after the question and in the debrief": (
        "paaiškinimas, rodomas po klausimo ir apibendrinime"
    ),
    "where the fact comes from": "šaltinis, iš kurio paimtas faktas",
    "1 easy, 2 medium, 3 hard (default 1)": "1 – lengvas, 2 – vidutinis, 3 – sunkus (numatyta 1)",
    "points for solving it at the first try (default 10)": (
        "taškai už išsprendimą iš pirmo karto (numatyta 10)"
    ),
    "option {number}, shown as {letter}": "{number}-asis atsakymo variantas, rodomas kaip {letter}",
    "the right options by number or letter: 2, or 1 3, or A C": (
        "teisingi variantai numeriais ar raidėmis: 2 arba 1 3, arba A C"
    ),
    "true or false (also yes/no, tiesa/netiesa, taip/ne)": (
        "true arba false (taip pat yes/no, tiesa/netiesa, taip/ne)"
    ),
    "the right number; a decimal comma is read as a point": (
        "teisingas skaičius; dešimtainis kablelis skaitomas kaip taškas"
    ),
    "how far from the answer still counts as right (default 0)": (
        "kiek nuo atsakymo nutolęs skaičius dar laikomas teisingu (numatyta 0)"
    ),
    "shown after the input, e.g. m or km/h": (
        "matavimo vienetas, rodomas šalia įvesties lauko, pvz., m ar km/h"
    ),
    "the right word or phrase": "teisingas žodis ar frazė",
    "other answers that count in any language, separated by |": (
        "kiti tinkami atsakymai bet kuria kalba, atskirti ženklu |"
    ),
}
"""What to write in each column of the questions spreadsheet (`Column.help`)."""
_TABLES = {"messages": MESSAGES, "parts": PARTS, "last": LAST, "columns": COLUMNS}
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


_IN_PARTS = ("messages", "last", "parts")


def in_lithuanian(
    message: str, tables: tuple[str, ...] = ("messages", "last"), parts: tuple[str, ...] = _IN_PARTS
) -> str | None:
    """The message (or a part of one, with the parts' table) in Lithuanian, or None when no
    wording matches it; the parts that vary are said with the wordings of `parts`."""
    for wording in _wordings(tables):
        match = wording.pattern.match(message)
        if match:
            said = {
                name: _part(name, value or "", parts) for name, value in match.groupdict().items()
            }
            return wording.lithuanian.format(**said)
    return None


MODELS: dict[str, str] = {
    "`pack.yaml`: what the pack is, its objectives, its rooms in order.": (
        "`pack.yaml`: koks tai rinkinys, jo mokymosi tikslai ir kambariai iš eilės."
    ),
    "pack.yaml, a room file rooms/<id>.yaml, or puzzles in rooms/<id>/*.yaml.": (
        "pack.yaml, kambario failas rooms/<id>.yaml arba užduotys rooms/<id>/*.yaml."
    ),
    "A room: `rooms/<room-id>.yaml`. Its puzzles live in `rooms/<room-id>/*.yaml`.": (
        "Kambarys: `rooms/<room-id>.yaml`. Jo užduotys yra `rooms/<room-id>/*.yaml`."
    ),
    "A file in `rooms/<room-id>/` holding one or more puzzles of that room.": (
        "Failas aplanke `rooms/<room-id>/` su viena ar keliomis to kambario užduotimis."
    ),
    "Something the students learn; puzzles and knowledge-check items name it by id.": (
        "Tai, ko mokiniai mokosi; užduotys ir žinių patikrinimo klausimai jį nurodo pagal id."
    ),
    "The ages the pack is written for.": "Amžius, kuriam parašytas rinkinys.",
    "Two parallel forms of the same length, asked before the first room and after the last.": (
        "Dvi lygiagrečios vienodo ilgio formos, pateikiamos prieš pirmąjį kambarį ir po"
        " paskutiniojo."
    ),
    "One question of the knowledge check, linked to a learning objective.": (
        "Vienas žinių patikrinimo klausimas, susietas su mokymosi tikslu."
    ),
    "One answer to choose from.": "Vienas atsakymo variantas.",
    "How hints are paid for in this room.": "Kaip šiame kambaryje mokama už užuominas.",
    "Something the team can pick up and carry, e.g. a key.": (
        "Daiktas, kurį komanda gali pasiimti ir nešiotis, pvz., raktas."
    ),
    "A place in the room the team can click or select.": (
        "Kambario vieta, kurią komanda gali spustelėti arba pasirinkti."
    ),
    "What a hotspot opens: exactly one of a puzzle, a clue text or an item.": (
        "Ką atidaro aktyvioji sritis: lygiai vieną iš šių – užduotį, užuominos tekstą ar daiktą."
    ),
    "An area on the 1280×720 scene: exactly one of `rect`, `circle` or `polygon`.": (
        "Sritis 1280×720 scenoje: lygiai vienas iš `rect`, `circle` arba `polygon`."
    ),
    "A picture: from the pack's assets folder, or a scene, sign or object the game draws.": (
        "Paveikslėlis: iš rinkinio aplanko assets arba žaidimo piešiama scena, kelio ženklas ar"
        " objektas."
    ),
    (
        "A scene wider than the screen that wraps around: the team turns to look at all of"
        " it.\n\nHotspots and the exit are placed in its pixels: x runs from 0 to `width` and"
        " on past the\nseam, where the picture joins up again at 0; y from 0 to 720 as on a flat"
        " scene."
    ): (
        "Scena, platesnė už ekraną, kurios galai susijungia: komanda sukasi, kad apžiūrėtų ją"
        " visą.\n\nAktyviosios sritys ir išėjimas dedami pagal jos taškus: x eina nuo 0 iki"
        " `width` ir toliau už siūlės, kur paveikslėlis vėl susijungia ties 0; y – nuo 0 iki"
        " 720, kaip plokščioje scenoje."
    ),
    "A named place on a panorama's compass strip, e.g. the bus stop.": (
        "Pavadinta vieta panoramos kompaso juostoje, pvz., autobusų stotelė."
    ),
    "The door out of the room, and how it opens.": (
        "Išėjimo iš kambario durys ir kaip jos atsidaro."
    ),
    "How the exit opens: exactly one way.": "Kaip atsidaro išėjimas: lygiai vienu būdu.",
    "A hint the team can ask for; hints are shown in the order they are written.": (
        "Užuomina, kurios komanda gali paprašyti; užuominos rodomos ta tvarka, kuria parašytos."
    ),
    "What the game says after an answer.": "Ką žaidimas pasako po atsakymo.",
    "What solving a puzzle gives: a clue text, a code digit, an item, or several of them.": (
        "Ką duoda išspręsta užduotis: užuominos tekstą, kodo skaitmenį, daiktą ar kelis iš jų."
    ),
    "Choose the right answers: every option marked correct, and no other.": (
        "Pasirinkite teisingus atsakymus: visus variantus, pažymėtus kaip teisingi, ir jokių kitų."
    ),
    "Decide whether a statement is true or false.": (
        "Nuspręskite, ar teiginys teisingas, ar klaidingas."
    ),
    "Put the steps in the right order; they are written in that order and shown shuffled.": (
        "Sudėliokite žingsnius teisinga tvarka; rašomi jie ta tvarka, o rodomi sumaišyti."
    ),
    "One step of an ordering puzzle.": "Vienas rikiavimo užduoties žingsnis.",
    "Match each text on the left with its partner on the right.": (
        "Kiekvieną tekstą kairėje sujunkite su jo pora dešinėje."
    ),
    "Two texts that belong together.": "Du tekstai, kurie sudaro porą.",
    "Sort each item into its category.": "Surūšiuokite kiekvieną dalyką į jo kategoriją.",
    "A box that items are sorted into.": "Dėžė, į kurią rūšiuojami dalykai.",
    "A thing to sort, and the category it belongs in.": (
        "Rūšiuojamas dalykas ir kategorija, kuriai jis priklauso."
    ),
    "Find the hazards in a picture by clicking on them.": (
        "Raskite pavojus paveikslėlyje juos spustelėdami."
    ),
    "Something to find in a picture.": "Tai, ką reikia rasti paveikslėlyje.",
    "Type a number; answers within the tolerance count as right.": (
        "Įrašykite skaičių; atsakymai, neviršijantys leistinos paklaidos, laikomi teisingais."
    ),
    "Type a word or a short phrase; case, spaces and accents are ignored.": (
        "Įrašykite žodį ar trumpą frazę; didžiosios ir mažosios raidės, tarpai ir diakritiniai"
        " ženklai nesvarbūs."
    ),
    "Enter a code made of the digits other puzzles gave.": (
        "Įveskite kodą iš skaitmenų, kuriuos davė kitos užduotys."
    ),
    "Plain text, or one text per language: {en: ..., lt: ...}.": (
        "Paprastas tekstas arba po tekstą kiekvienai kalbai: {en: ..., lt: ...}."
    ),
    "Short name: lower-case letters, digits, '-' and '_', e.g. 'bus-stop'.": (
        "Trumpas vardas: mažosios raidės, skaitmenys, „-“ ir „_“, pvz., „bus-stop“."
    ),
    "ISO 639-1 code, e.g. 'en'.": "ISO 639-1 kodas, pvz., „en“.",
    "Escape-room pack file": "Pabėgimo kambario rinkinio failas",
}
"""What each model of the format is (its docstring) and the schema's own title, as the JSON
Schema's Lithuanian descriptions say them (an editor shows them as a teacher types)."""


def schema_description(english: str) -> str:
    """A description of the JSON Schema in Lithuanian: a key's, or a model's."""
    found = DESCRIPTIONS.get(english) or MODELS.get(english)
    if found is None:
        raise NoWording(english, "MODELS")
    return found


_VERBATIM = {"column", "letter", "row", "id", "key", "code", "word", "tag", "line", "path", "file"}
"""Parts that are the teacher's own words or names, never translated."""


def _part(name: str, value: str, tables: tuple[str, ...]) -> str:
    if not value.strip() or name in _VERBATIM:
        return value
    if name == "help":  # what a spreadsheet column holds, as the guide's table says it
        return in_lithuanian(value, ("columns",), ()) or value
    return _IN_A_SENTENCE.get(value) or in_lithuanian(value, tables, tables) or value


_IN_A_SENTENCE = {in_a_sentence(en): in_a_sentence(lt) for en, lt in DESCRIPTIONS.items()}
"""The descriptions as messages quote them."""


class NoWording(LookupError):
    """A text of the guide's generated tables has no Lithuanian wording yet."""

    def __init__(self, text: str, table: str) -> None:
        super().__init__(f"no Lithuanian wording for {text!r}: add it to lithuanian.{table}")


def description(english: str) -> str:
    """A key's description (from its model) as the Lithuanian guide gives it."""
    if english not in DESCRIPTIONS:
        raise NoWording(english, "DESCRIPTIONS")
    return DESCRIPTIONS[english]


def table_word(wording: str, **parts: str) -> str:
    """A wording of the guide's tables in Lithuanian, its `{parts}` filled in (already said)."""
    if wording not in TABLE_WORDS:
        raise NoWording(wording, "TABLE_WORDS")
    return TABLE_WORDS[wording].format(**parts)


class Wordings(NamedTuple):
    """How the guide's generated tables say things in one language: a wording of
    `TABLE_WORDS` with its parts, a key's description, what to write in a column."""

    word: Callable[..., str]
    description: Callable[[str], str]
    column: Callable[[str], str]


def wordings(lang: str) -> Wordings:
    """The tables' wordings in `lang`, "en" (as the models and columns give them) or "lt"."""
    if lang == "lt":
        return Wordings(table_word, description, column_help)
    if lang == "en":
        return Wordings(_english, str, str)
    raise ValueError(f"the guide is written in en and lt, not {lang}")


def _english(wording: str, **parts: str) -> str:
    return wording.format(**parts)


def column_help(english: str) -> str:
    """What to write in a spreadsheet column, in Lithuanian; its varying parts kept."""
    said = in_lithuanian(english, ("columns",), ())
    if said is None:
        raise NoWording(english, "COLUMNS")
    return said


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
