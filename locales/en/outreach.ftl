# The mobile teams: places, sessions, contacts, vaccinations.

audit-place-update = wrote in the register of places
audit-outreach-session-update = recorded an outreach session
audit-outreach-contact-insert = recorded an outreach contact
audit-vaccination-insert = recorded a vaccination
