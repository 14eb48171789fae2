# Doorverwijsbrieven in het Nederlands; zelfde ids als fr.ftl.

letter-place-date = Brussel, { $date }
letter-to = Ter attentie van:
letter-no-address = (adres niet ingevuld)
letter-subject = Betreft: doorverwijzing
letter-subject-urgent = Betreft: DRINGENDE doorverwijzing
letter-greeting = Geachte mevrouw, geachte heer,
letter-intro = Wij verwijzen een persoon door die in ons centrum werd opgevangen. Deze persoon gaat ermee akkoord dat de onderstaande gegevens met u gedeeld worden, en alleen deze.
letter-field-name = Naam
letter-field-birth = Geboortedatum
letter-field-niss = INSZ
letter-field-languages = Gesproken talen
letter-field-phone = Telefoon
letter-field-coverage = Dekking van de zorg
letter-field-reason = Reden van de doorverwijzing
letter-field = { $label }: { $value }
letter-not-known = niet gekend
letter-appointment = Afgesproken afspraak: op { $date } om { $time }.
letter-no-reason = De persoon zal zelf uitleggen waarvoor hij of zij komt.
letter-closing = Wij danken u voor de opvang.
letter-regards = Met vriendelijke groeten,
letter-signature = Voor { $site }, naam en handtekening:
letter-footer = Vertrouwelijk document, gedeeld met toestemming van de persoon binnen het gedeeld beroepsgeheim.
letter-phone = Tel. { $phone }

lang-ar = Arabisch
lang-fr = Frans
lang-nl = Nederlands
lang-en = Engels
lang-ti = Tigrinya
lang-pl = Pools
lang-ro = Roemeens
lang-so = Somalisch
lang-am = Amhaars
lang-fa = Perzisch
lang-ps = Pasjtoe
lang-ru = Russisch
lang-es = Spaans
lang-pt = Portugees
lang-tr = Turks
lang-bg = Bulgaars
lang-uk = Oekraïens

## Veelvoorkomende redenen, aangeboden in het doorverwijsformulier (in de taal van de brief)
reason-common-1 = Consultatie huisartsgeneeskunde
reason-common-2 = Tandzorg
reason-common-3 = Onderzoeken: bloedafname, röntgenfoto
reason-common-4 = Geestelijke gezondheid, psychologische steun
reason-common-5 = Substitutiebehandeling, verslavingszorg
reason-common-6 = Zwangerschapsopvolging
reason-common-7 = Aanvraag maatschappelijke hulp of dringende medische hulp
reason-common-8 = Noodopvang

## Alleen wanneer het centrum een telefoonnummer heeft (Beheer, Centrum)
letter-contact = Met vragen kunt u ons altijd bellen op { $phone }.
