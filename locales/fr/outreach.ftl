# Les équipes mobiles : lieux, maraudes, contacts, vaccinations.

audit-place-update = a écrit au registre des lieux
audit-outreach-session-update = a enregistré une maraude
audit-outreach-contact-insert = a enregistré un contact de maraude
audit-vaccination-insert = a enregistré une vaccination
