# The partner directory.

partner-kind-hospital = Hospital
partner-kind-cpas = CPAS
partner-kind-medical = Medical centre
partner-kind-shelter = Shelter
partner-kind-specialised = Specialised service
partner-kind-other = Other
partner-added = Partner added: { $name }.
partner-error-name = A partner needs a name.
partner-error-kind = Unknown kind “{ $kind }”. Kinds: hospital, cpas, medical, shelter, specialised, other.
partner-error-letter-lang = Letters go in French or Dutch: fr or nl, not “{ $lang }”.
partner-error-taken = { $name } is already in the directory.
partner-error-too-long = A partner's field holds at most { $max } characters.
cli-arg-address = Address
cli-arg-phone = Phone number
cli-arg-hours = Opening hours
cli-arg-notes = Notes for the team
