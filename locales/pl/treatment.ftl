# Leczenie substytucyjne: recepty, dawki, decyzje lekarza.

audit-prescription-insert = wpisanie recepty
audit-dose-insert = wpisanie dawki
audit-decision-insert = wpisanie decyzji lekarza
audit-product-update = zmiana listy leków
audit-stock-update = wpis w rejestrze substancji kontrolowanych
audit-tdi-insert = otwarcie epizodu TDI
audit-tdi-update = uzupełnienie epizodu TDI
