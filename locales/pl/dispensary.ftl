# Wydawanie leków: dzisiejsza lista i ekran dawki danej osoby.

tab-treatment = Dawki

## Klawisze

help-action-open-dose = Otwórz ekran dawki tej osoby
hint-open-dose = Dawka
help-action-dose-give = Potwierdź dzisiejszą dawkę, przyjętą na miejscu
hint-dose-give = Podaj
help-action-dose-take-home = Dawka do domu: potem liczba dni (od 1 do 7)
hint-dose-take-home = Do domu
help-action-dose-withhold = Wstrzymaj dzisiejszą dawkę, podając powód
hint-dose-withhold = Wstrzymaj
help-action-dose-decide = Zapisz decyzję lekarza
hint-dose-decide = Decyzja
help-action-dose-prescribe = Wprowadź nową receptę
hint-dose-prescribe = Recepta
help-action-dose-vomited = Osoba zwymiotowała dzisiejszą dawkę
help-action-dose-refused = Osoba odmawia dzisiejszej dawki
help-action-dose-reverse = Cofnij ostatni dzisiejszy wpis (najpierw pyta)
help-action-dose-close = Wróć do listy albo tam, skąd otwarto ekran
help-action-take-home-days = Liczba dni, na które wydaje się dawki do domu
hint-take-home-days = Dni
help-action-withhold-reason = Wybierz powód
help-action-withhold-confirm = Zapisz wstrzymaną dawkę z tym powodem
help-action-reverse-confirm = Tak, cofnij
hint-reverse-confirm = Cofnij wpis

## Dzisiejsza lista

dispensary-list-title = Wydawanie leków dzisiaj
dispensary-dosed-count = { $count ->
    [0] nikt jeszcze nie dostał dawki
    [one] jedna osoba dostała dawkę
    [few] { $count } osoby dostały dawkę
    [many] { $count } osób dostało dawkę
   *[other] { $count } osób dostało dawkę
}
dispensary-list-empty = Dzisiaj nikt nie czeka w kolejce po leki. Ekran dawki otwiera się też z karty osoby (g).
dispensary-col-today = Dzisiaj
dispensary-dosed-tag = [podano]
dispensary-not-dosed = jeszcze nie

## Ekran dawki

dispensary-reading = Wczytywanie karty…
dispensary-prescription = { $product } { $mg } mg dziennie, od { $from } do { $until }
dispensary-prescription-by = Lekarz: { $prescriber } · do domu: { $days ->
    [0] nigdy
    [one] najwyżej 1 dzień
    [few] najwyżej { $days } dni
    [many] najwyżej { $days } dni
   *[other] najwyżej { $days } dni
}
dispensary-no-current = Brak aktualnej recepty.
dispensary-due = Dzisiejsza dawka: { $mg } mg. Enter potwierdza, przyjęta na miejscu.
dispensary-due-by-decision = Dzisiejsza dawka: { $mg } mg, ustalona decyzją lekarza. Enter potwierdza, przyjęta na miejscu.
dispensary-missed = { $missed ->
    [0] Brak opuszczonych dni
    [one] 1 opuszczony dzień
    [few] { $missed } opuszczone dni
    [many] { $missed } opuszczonych dni
   *[other] { $missed } opuszczonych dni
}
dispensary-take-homes-up-to = do domu: najwyżej { $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dni
}
dispensary-take-homes-none = dziś bez dawek do domu
dispensary-back-on = Powrót oczekiwany { $day }
dispensary-mg = { $mg } mg
dispensary-last-doses = Ostatnie dawki
dispensary-no-doses = Brak dawek w ostatnich dwóch tygodniach.
dispensary-decision-mg = , wznowienie od { $mg } mg
dispensary-last-decision = Decyzja z { $day } ({ $prescriber }): { $decision }{ $mg }
dispensary-tag-reversed = [cofnięta]
dispensary-tag-later = [wpisana później]
dispensary-ask-days = Na ile dni? Wpisz od 1 do { $days } (Esc: nic nie zostanie zapisane).
dispensary-ask-reverse = Cofnąć ostatni dzisiejszy wpis tej osoby? Enter: tak · Esc: nie.
dispensary-ask-reason = Dlaczego dawka jest wstrzymana?
dispensary-reason-intoxicated = osoba pod wpływem
dispensary-reason-prescriber = decyzja lekarza
dispensary-reason-other = inny powód
dispensary-reason-needed = Wpisz powód albo wybierz go z listy.

## Formularze

dispensary-decision-title = Decyzja lekarza dla { $code }
dispensary-decision-hint = { $missed ->
    [0] Brak opuszczonych dni.
    [one] 1 opuszczony dzień.
    [few] { $missed } opuszczone dni.
    [many] { $missed } opuszczonych dni.
   *[other] { $missed } opuszczonych dni.
} Dawkę wznowienia trzeba podać, gdy wymaga tego liczba opuszczonych dni.
dispensary-prescription-title = Nowa recepta dla { $code }
dispensary-prescription-hint = Daty w postaci { $today }; bez daty końcowej recepta obowiązuje najdłużej, jak można. ←→ wybiera lek.
dispensary-field-prescriber = Lekarz
dispensary-field-decision = Decyzja
dispensary-field-restart-mg = Dawka wznowienia (mg)
dispensary-field-product = Lek
dispensary-field-mg = Dawka dzienna (mg)
dispensary-field-starts = Od
dispensary-field-ends = Do (opcjonalnie)
dispensary-field-take-home-days = Dni do domu (0 do 7)
dispensary-field-note = Uwaga
dispensary-error-product = Wybierz lek (←→).
dispensary-error-days = Liczba dni do domu to liczba od 0 do { $ceiling }.

## Co zapisano

dispensary-recorded-given = Dawka zapisana: { $mg } mg, przyjęta na miejscu.
dispensary-recorded-take-home = Dawka zapisana: { $mg } mg dziennie do domu na { $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dni
}.
dispensary-recorded-vomited = Zapisano: dawka zwymiotowana ({ $mg } mg). Ponownie podaje się ją tylko po decyzji lekarza (d).
dispensary-recorded-refused = Zapisano: osoba odmówiła dawki.
dispensary-recorded-withheld = Zapisano: dawka wstrzymana.
dispensary-reversed = Cofnięto: { $rows ->
    [one] 1 wpis
    [few] { $rows } wpisy
    [many] { $rows } wpisów
   *[other] { $rows } wpisów
}; lek wraca do rejestru.
dispensary-decided = Decyzja lekarza zapisana.
dispensary-prescribed = Recepta zapisana: { $mg } mg dziennie.
help-action-dose-labels = Wydrukuj ponownie etykiety dawek właśnie wydanych do domu
help-action-register = Otwórz rejestr środków odurzających (stan, bilans dnia, przyjęte partie)
dispensary-tdi-starting = Ta osoba nie ma jeszcze epizodu TDI: otwiera się go na początku leczenia. t otwiera formularz.
dispensary-tdi-returning = Trzeba otworzyć nowy epizod TDI: powrót po sześciu miesiącach lub dłużej (ostatni kontakt { $day }). t otwiera formularz.
