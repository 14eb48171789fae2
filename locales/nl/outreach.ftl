# De mobiele teams: plaatsen, uitstappen, contacten, vaccinaties.

audit-place-update = heeft in het register van plaatsen geschreven
audit-outreach-session-update = heeft een uitstap ingevoerd
audit-outreach-contact-insert = heeft een contact van een uitstap ingevoerd
audit-vaccination-insert = heeft een vaccinatie ingevoerd
