# Zespoły mobilne: miejsca, wyjścia, kontakty, szczepienia.

audit-place-update = wpis w rejestrze miejsc
audit-outreach-session-update = wpisanie wyjścia w teren
audit-outreach-contact-insert = wpisanie kontaktu w terenie
audit-vaccination-insert = wpisanie szczepienia
