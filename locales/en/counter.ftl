# The harm-reduction counter: material given and returned, naloxone.

audit-counter-item-update = changed the item list
audit-counter-exchange-insert = recorded material given
audit-naloxone-batch-insert = received a naloxone batch
audit-naloxone-kit-insert = gave a naloxone kit
audit-naloxone-reversal-insert = recorded a naloxone kit used
counter-error-unknown-item = “{ $item }” is not on the counter's list. The items: seuil counter items.
counter-error-removed-item = “{ $item }” is no longer given at this centre.
counter-error-nothing = Nothing to record: say what was given or how many used items came back.
counter-error-confirm = { $count } × “{ $item }” is more than { $above }: check the number, then confirm (--yes on the command line).
counter-error-no-naloxone = Not enough naloxone kits in date ({ $left } left): receive a batch first (seuil counter naloxone-receive).
counter-error-item-exists = “{ $item }” is already on the list.
counter-error-key-taken = Key { $key } is already “{ $item }”'s.
counter-error-bad-code = Code “{ $code }”: 2 to 30 lowercase letters, digits or dashes.
counter-error-bad-key = Key “{ $key }”: one lowercase letter, not r or t (returned, for others).
counter-error-bad-kind = Unknown kind “{ $kind }”. The kinds: { $kinds }.
counter-error-no-name = Give at least the French name (--name-fr).
counter-error-nothing-to-undo = No exchange of today to take back.
counter-error-lot-exists = Batch { $lot } is already recorded.
counter-error-expired = This batch expires on { $day }, before today: it cannot be received.
counter-error-no-kits = How many kits? At least one.
counter-error-no-lot = The batch number is missing.
counter-error-unknown-kit = No kit number { $kit } was given.
counter-error-unknown-person = No person has the code { $code }.
counter-error-form = “{ $word }”: write ITEM=NUMBER, for example syringe-1ml=10.
counter-error-count = “{ $word }”: the number is a whole number from 1.
counter-error-twice = “{ $item }” is there twice: once per item.
counter-list-reloaded = The list was read again: nothing was recorded, correct and save again.

## The built-in items, by code.
counter-item-syringe-1ml = Syringe 1 ml
counter-item-syringe-2ml = Syringe 2 ml
counter-item-needle = Needle
counter-item-cup = Cup (Stericup)
counter-item-filter = Filter
counter-item-water = Sterile water
counter-item-swab = Alcohol swab
counter-item-ascorbic-acid = Ascorbic acid
counter-item-tourniquet = Tourniquet
counter-item-crack-pipe = Crack pipe
counter-item-mouthpiece = Mouthpiece
counter-item-foil = Foil
counter-item-snorting-kit = Snorting kit
counter-item-condom = Condom
counter-item-lubricant = Lubricant
counter-item-naloxone = Naloxone kit
counter-item-fentanyl-strip = Fentanyl test strip
counter-item-sharps-container = Sharps container

## The counter on the command line.
counter-exchange-item = exchange
counter-given = Given: { $what } · returned: { $returned } · for others: { $others }
counter-kit-given = Naloxone kit no. { $kit }: batch { $lot }, expires { $expires }
counter-today-line = Today: exchanges { $exchanges } · returned { $returned } · for others { $others } · exchange balance { $balance }
counter-undone = Taken back. { $what }
counter-item-removed = “{ $item }” is no longer given; it stays in the figures.
counter-batch-line = Batch { $lot }, expires { $expires }: { $kits ->
    [one] 1 kit
   *[other] { $kits } kits
}, { $left } left
counter-reversal-recorded = Kit use recorded (no. { $id }): { $outcome ->
    [recovered] recovered
    [hospital] hospital
    [died] died
   *[other] outcome unknown
}.
counter-outcome-recovered = recovered
counter-outcome-hospital = hospital
counter-outcome-died = died
counter-outcome-unknown = unknown
counter-called-yes = yes
counter-called-no = no
counter-called-unknown = does not know

cli-cmd-counter = Harm-reduction counter: material given and returned, naloxone
cli-cmd-counter-items = The item list: codes, keys, kinds, names
cli-cmd-counter-give = Record material given (and used material returned)
cli-cmd-counter-today = The day's figures at the counter
cli-cmd-counter-undo = Take back today's last exchange of this machine's user
cli-cmd-counter-item-add = Add an item to the list
cli-cmd-counter-item-rename = Name an item in one or more languages
cli-cmd-counter-item-key = Give an item another key
cli-cmd-counter-item-remove = Stop giving an item (it stays in the figures)
cli-cmd-counter-naloxone-receive = Record a batch of naloxone kits received
cli-cmd-counter-reversal = Record a naloxone kit used (an overdose reversed)
cli-arg-given = Material given: ITEM=NUMBER, for example syringe-1ml=10 needle=10
cli-arg-returned = How many used items came back
cli-arg-for-others = For how many other people (secondary distribution)
cli-arg-counter-emergency = Given in an emergency, without exchange
cli-arg-counter-kind = Kind: injection, smoking, sniffing, sex, naloxone, test, disposal, care, other
cli-arg-key = The key that gives it at the counter (one letter)
cli-arg-exchange = Sterile injection material, given in exchange for used material
cli-arg-item-code = Item code (syringe-1ml…)
cli-arg-kits = Number of kits
cli-arg-kit = Number of the kit used, when known
cli-arg-emergency-called = Emergency services called: yes, no or unknown
cli-arg-reversal-outcome = Outcome: recovered, hospital, died or unknown
cli-arg-reversal-on = The day the kit was used
cli-arg-naloxone-lot = Batch number written on the box

## The counter screen.
tab-counter = Counter
help-action-goto-counter = Go to the “{ $screen }” screen (Alt+8 where the terminal takes F11 for full screen)
help-action-counter-count = A number, then an item's key: how many (the number stays for the next keys)
help-action-counter-returned = Used material returned: the number typed before, else one more
help-action-counter-others = For how many other people (secondary distribution)
help-action-counter-more = One more on the chosen line
help-action-counter-less = One less on the chosen line
help-action-counter-emergency = Emergency: given without exchange
help-action-counter-person = For a person (code or name); again: anonymous
help-action-counter-save = Save the exchange
help-action-counter-clear = Clear everything, recording nothing
help-action-counter-undo = Take back today's last exchange (after a question)
help-action-counter-reversal = Report a naloxone kit used
help-action-counter-clear-count = Clear the number typed
help-action-counter-pick = Choose this person
help-action-counter-cycle = Change the answer
help-action-counter-yes = Yes
hint-counter-count = number
hint-counter-returned = returned
hint-counter-others = others
hint-counter-person = person
hint-counter-undo = take back
hint-counter-reversal = kit used
hint-counter-yes = yes
counter-col-item = Item
counter-col-now = Now
counter-col-today = Day
counter-this-exchange = This exchange
counter-returned-label = Returned
counter-others-label = For others
counter-person-label = Person
counter-anonymous = anonymous
counter-balance-label = Exchange balance
counter-balance-detail = { $given } for exchange · { $returned } returned
counter-emergency-on = EMERGENCY: given without exchange
counter-count-armed = Number: { $count }
counter-naloxone-next = Naloxone: batch { $lot }, exp. { $expires } ({ $left })
counter-naloxone-none = Naloxone: no batch in date
counter-today = Today
counter-today-exchanges = Exchanges
counter-today-emergencies = Emergencies
counter-saved = Recorded: { $what }
counter-ask-undo = Take back today's last exchange? Enter: yes · Esc: no
counter-ask-confirm = { $count } × “{ $item }”: that is a lot. Enter to confirm, Esc to correct.
counter-person-search = Code or name
counter-person-none = Nobody found.
counter-reversal-title = Naloxone kit used
counter-reversal-kit = Kit no.
counter-reversal-person = Person's code
counter-reversal-on = When
counter-reversal-called = Emergency services called
counter-reversal-outcome = Outcome
counter-reversal-note = Note
counter-reversal-bad-date = Date not understood: “{ $text }”.
counter-reversal-bad-kit = The kit number is a number: “{ $text }”.
counter-person-line = Person: { $person }

## Export of a person.
export-section-counter = Material given at the counter
export-section-naloxone-kits = Naloxone kits
export-section-reversals = Naloxone kits used
export-col-given = given
export-col-session = outreach session
export-col-returned = returned
export-col-for-others = for others
export-col-emergency = emergency
export-col-taken-back = taken back
export-col-kit = kit no.
export-col-lot = batch
export-col-expires = expires
export-col-happened = used on
export-col-called = emergency services called
export-col-reversal-outcome = outcome
counter-page-title = Material given
counter-page-outreach = outreach
counter-page-line = { $what } · returned { $returned }
