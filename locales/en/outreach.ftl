# The mobile teams: places, sessions, contacts, vaccinations.

audit-place-update = wrote in the register of places
audit-outreach-session-update = recorded an outreach session
audit-outreach-contact-insert = recorded an outreach contact
audit-vaccination-insert = recorded a vaccination

## Places

outreach-kind-squat = squat
outreach-kind-metro = metro station
outreach-kind-street = street
outreach-kind-park = park
outreach-kind-partner = partner site
outreach-kind-shelter = shelter
outreach-kind-other = other place
outreach-place-added = Place “{ $place }” added ({ $kind }).
outreach-place-closed = Place “{ $place }” closed: no new session there; its sessions stay counted.
outreach-no-places = No place in the register yet: seuil place add NAME --kind K.
outreach-first-visit = first visit { $date }
outreach-not-visited = not visited yet
outreach-closed-mark = closed
outreach-error-place-blank = A place needs a name (a coded name is enough).
outreach-error-place-punctuation = A place's name needs at least a letter or a digit, not only punctuation.
outreach-error-place-long = A place's name has at most 60 characters.
outreach-error-place-exists = A place named “{ $place }” is already in the register.
outreach-error-place-unknown = No place named “{ $place }”. The places: seuil place list.
outreach-error-place-closed = The place “{ $place }” is closed.
outreach-error-kind = “{ $kind }” is not a kind of place. The kinds: { $kinds }.
outreach-error-commune = “{ $commune }” is not a Brussels commune (give its name or postcode).

## Sessions and contacts

outreach-error-future = { $date } is in the future: a session is recorded on the day or after.
outreach-error-session = No session number { $session }.
outreach-error-person = No person with the code { $code }.
outreach-error-partner = No single partner matches “{ $partner }”. The partners: seuil partner list.
outreach-error-no-vaccine = A vaccination needs the vaccine's name.
outreach-error-no-lot = A vaccination needs the lot number of the vaccine: nothing was recorded.
outreach-error-dose-number = Dose number { $dose }: from 1 to 10.
outreach-error-people = A tally counts at least one person.
outreach-error-count = { $arg } { $value }: a count is a whole number from 1.
outreach-error-tally-form = “{ $value }” is not a tally: write SEX/AGEBAND or SEX/AGEBAND/new, for example f/25-29/new.
outreach-error-tally-sex = “{ $value }” is not a sex of a tally: f, m, x or u.
outreach-error-tally-band = “{ $value }” is not an age band: <15, 15-19, 20-24 … 60-64, 65+ or u.
outreach-error-nothing-to-reverse = There is no contact to take back in this session.
outreach-error-reversed = Contact { $contact } was already taken back.
outreach-error-not-today = Contact { $contact } was not recorded today: only a contact of today is taken back.
outreach-contact-recorded = Contact { $contact } recorded in session { $session }.
outreach-contact-reversed = Contact { $contact } taken back.
outreach-person-registered = New person registered: { $code }.
outreach-session-line = { $date }  #{ $session }  { $place } ({ $team }): { $contacts ->
        [one] one person met
       *[other] { $contacts } people met
    }, { $new } new

## Totals

outreach-total-sessions = Sessions
outreach-total-places = Places visited
outreach-total-new-places = New places visited
outreach-total-contacts = Contacts (people)
outreach-total-new-contacts = New contacts
outreach-total-accompaniments = Accompaniments
outreach-total-vaccinations = Vaccinations

## Command line

cli-cmd-place = The places the mobile teams visit
cli-cmd-place-add = Add a place to the register
cli-cmd-place-list = List the places, active ones first
cli-cmd-place-close = Close a place (no new session there)
cli-cmd-outreach = The mobile teams: sessions, contacts, figures
cli-cmd-outreach-session = Start a session at a place (prints its number)
cli-cmd-outreach-contact = Record a contact in a session: a tally or a person, and what was done
cli-cmd-outreach-reverse = Take back a contact of a session (the last one unless --contact), recorded today
cli-cmd-outreach-sessions = The sessions of a period with their figures
cli-arg-outreach-name = The place's coded name
cli-arg-outreach-kind = Kind of place: squat, metro, street, park, partner, shelter, other
cli-arg-outreach-commune = Commune of the place (name or postcode)
cli-arg-outreach-place = The place, by name
cli-arg-outreach-date = Day of the session (otherwise today)
cli-arg-outreach-team = The team
cli-arg-outreach-staff = Staff present, separated by commas
cli-arg-outreach-session = Session number
cli-arg-outreach-tally = People met with no name: SEX/AGEBAND[/new], for example f/25-29/new
cli-arg-outreach-person = Code of the person met
cli-arg-outreach-new-person = Register the person met on the spot (nothing required)
cli-arg-outreach-people = How many people the tally counts (otherwise one)
cli-arg-outreach-given = Material given, ITEM=N (the counter's items)
cli-arg-outreach-vaccine = Vaccine given
cli-arg-outreach-lot = Lot number of the vaccine (required)
cli-arg-outreach-dose = Dose number (1 to 10)
cli-arg-outreach-reaction = Reaction observed after the vaccination
cli-arg-outreach-accompanied = Partner the person was accompanied to
cli-arg-outreach-referral = Where the person was referred to
cli-arg-outreach-care = Care given
cli-arg-outreach-info = Information was given
cli-arg-outreach-from = First day (otherwise 1 January)
cli-arg-outreach-to = Last day (otherwise today)

## The Outreach screen

tab-outreach = Outreach
outreach-today-title = Today's outreach sessions
outreach-today-empty = No session today yet. n starts one: the place (found or new), the team.
outreach-today-row = { $contacts ->
        [one] one person met
       *[other] { $contacts } people met
    }, { $new } new
outreach-team = team { $team }
outreach-session-started = Session { $session } started: tally with f, m, x or u then the age.
outreach-start-title = A new session today
outreach-start-new-place = New place “{ $place }”: it is added to the register with its kind.
outreach-start-hint = Type a few letters of the place; ↑↓ chooses one of the register's, otherwise a new place is added. ↵ starts the session.
outreach-field-place = Place
outreach-field-kind = Kind
outreach-field-team = Team
outreach-screen-totals = Contacts { $contacts } · new { $new } · accompanied { $accompanied } · vaccinated { $vaccinated }
outreach-tally-label = Tally:
outreach-band-label = Age:
outreach-band-ask = Age of the { $sex }: press the age's key.
outreach-band-u = age unknown
outreach-sex-f = woman
outreach-sex-m = man
outreach-sex-x = other
outreach-sex-u = unknown
outreach-next-label = Next contact:
outreach-next-nothing = nothing more than who was met
outreach-next-new = new
outreach-next-accompanied = accompanied to { $partner }
outreach-next-vaccine = { $vaccine } lot { $lot } dose { $dose }
outreach-next-care = care
outreach-next-referral = referral
outreach-next-info = information
outreach-next-dropped = What the next contact held was dropped; nothing was written.
outreach-last-contacts = Last contacts
outreach-no-contacts = No contact in this session yet.
outreach-reversed-mark = taken back
outreach-material-label = Material (a count, then the item's key):
outreach-material-count = { $count } of the next item…
outreach-person-label = Code or name
outreach-person-hint = Type the person's code or a few letters of the name; Alt+N registers them on the spot (nothing required).
outreach-person-none = Nobody chosen: type a code or a name, or Alt+N for a new person.
outreach-person-name-refused = This name cannot be kept as typed; leave it empty and press Alt+N for a person with a code only.
outreach-partner-label = Accompanied to
outreach-partner-none = No partner matches: the coordinator adds partners on the Referrals screen.
outreach-field-vaccine = Vaccine
outreach-field-lot = Lot
outreach-field-dose = Dose number
outreach-field-reaction = Reaction
outreach-field-care = Care given
outreach-field-referral = Referred to
outreach-recorded-tally = Tally recorded.
outreach-recorded-person = Contact with { $code } recorded.
outreach-recorded-new-person = New person { $code } registered and contact recorded.
hint-outreach-start = New session
hint-outreach-tally = Tally
hint-outreach-new = New
hint-outreach-person = Person
hint-outreach-give = Material
hint-outreach-accompany = Accomp.
hint-outreach-vaccinate = Vaccine
hint-outreach-care = Care
hint-outreach-info = Info
hint-outreach-reverse = Take back
hint-outreach-band = Age
hint-outreach-material-done = Done
hint-outreach-material-undo = Undo
help-action-outreach-start = Start a session today (place, team)
help-action-outreach-open = Open the session chosen
help-action-outreach-start-save = Start the session (adding the place when new)
help-action-outreach-place-choose = Choose one of the places matching
help-action-outreach-tally = A tally: the person's sex (woman, man, other, unknown), then the age's key
help-action-outreach-new = The next contact is a first contact (press again: not new)
help-action-outreach-person = A person met: find by code or name, or register on the spot
help-action-outreach-give = Material given in the next contact (the counter's item keys)
help-action-outreach-accompany = The next contact was accompanied to a partner
help-action-outreach-vaccinate = A vaccination in the next contact (the lot is required)
help-action-outreach-care = Care given and referral in the next contact
help-action-outreach-info = Information given in the next contact (press again: none)
help-action-outreach-close = Drop what the next contact holds, or leave the session
help-action-outreach-band = The age band: 1 <15 … 0 55-59, - 60-64, = 65+, u unknown
help-action-outreach-material-done = Keep the material for the next contact
help-action-outreach-material-undo = Take back the last item or digit
help-action-outreach-material-drop = Drop the material typed here
help-action-outreach-person-pick = Record the contact with the person chosen
help-action-outreach-person-new = Register the person on the spot (nothing required) and record the contact
help-action-outreach-partner-pick = Keep the partner chosen

## The person's export

export-section-outreach = Outreach contacts
export-section-vaccinations = Vaccinations
export-col-place = place
export-col-new = first contact
export-col-care = care
export-col-information = information
export-col-referral-to = referred to
export-col-accompanied = accompanied to
export-col-reversed = taken back
export-col-vaccine = vaccine
export-col-lot = lot
export-col-dose-number = dose number
export-col-reaction = reaction
export-col-vaccinator = vaccinator
outreach-page-title = Outreach
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } lot { $lot } dose { $dose }
outreach-field-day = Day
outreach-field-staff = Who was there
outreach-error-not-in-session = Session { $session } has no contact { $contact }.
outreach-reverse-ask-chosen = Take back the contact marked ›? ↵ yes, Esc no.
help-action-outreach-reverse-chosen = Take back the contact marked › (↑↓ chooses it; asks first)
help-action-outreach-pick = Choose one of the last contacts, to take it back
cli-arg-outreach-contact = The contact to take back (its number), otherwise the last one
outreach-total-line = { $label }: { $count }
outreach-field-commune = Commune
