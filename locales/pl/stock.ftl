# stock
# Rejestr środków odurzających: przyjęte partie, zwroty, zniszczenia, bilans dnia, etykiety.

## Dlaczego wpis do rejestru jest odrzucony i co zrobić

stock-error-product = „{ $product }” nie ma na liście leków. Leki: seuil stock products.
stock-error-lot = W rejestrze nie ma partii „{ $lot }” leku { $product }. Sprawdź numer na butelce lub pudełku (seuil stock balance).
stock-error-duplicate-lot = Partia { $lot } leku { $product } jest już w rejestrze. Partię przyjmuje się raz; błąd poprawia się bilansem (seuil stock check).
stock-error-no-lot = Podaj numer partii z butelki lub pudełka.
stock-error-not-positive = { $mg } mg to nie ilość: podaj ilość większą niż 0 mg.
stock-error-negative-count = Nie można policzyć { $mg } mg: podaj, ile policzono, 0 lub więcej.
stock-error-expired-on-arrival = Ta partia straciłaby ważność { $day }, jeszcze przed przyjęciem: sprawdź datę ważności.
stock-error-no-strength = Dla syropu podaj stężenie w mg/ml (--mg-per-ml), inaczej nie da się policzyć ml.
stock-error-bad-strength = Stężenie musi być liczbą większą niż 0.
stock-error-negative = Partia { $lot } leku { $product } zawiera { $left } mg: nie można z niej wydać { $asked }. Nic nie zapisano; sprawdź ilość albo najpierw zrób bilans.
stock-error-reason = Rejestr pokazuje { $expected } mg, policzono { $counted } mg: wpisz powód różnicy, aby poprawić rejestr.
stock-error-no-batch = W rejestrze nie ma żadnej partii leku { $product }: najpierw wpisz przyjęcie partii.
stock-error-code = „{ $code }” nie może być kodem: małe litery, cyfry i łączniki (na przykład oxycodone-sr).
stock-error-duplicate-product = Lek { $product } jest już na liście.
stock-error-form = „{ $form }” to nieznana postać: syrup, capsule, tablet albo other.

## Co mówią polecenia

stock-product-added = Lek { $product } dodany do listy.
stock-received = Przyjęto: { $mg } mg leku { $product }, partia { $lot }.
stock-returned = Zwrócono do rejestru: { $mg } mg leku { $product }, partia { $lot }.
stock-destroyed = Zniszczono: { $mg } mg leku { $product }, partia { $lot }.
stock-check-confirmed = Bilans leku { $product } potwierdzony: { $counted } mg, tak jak w rejestrze.
stock-check-corrected = Bilans leku { $product } poprawiony: rejestr pokazywał { $expected } mg, teraz zawiera policzone { $counted } mg.
stock-no-moves = Tego dnia w rejestrze nie było żadnych ruchów.
stock-empty = W rejestrze nie ma żadnej partii. Wpisz przyjęcie: seuil stock receive.
stock-checked-at = bilans zrobiony o { $time } przez { $by }
stock-not-checked = dzisiejszy bilans jeszcze niezrobiony
stock-expired-mark = [PRZETERMINOWANA]
stock-expires = ważna do
stock-none-expiring = Żadna partia nie traci ważności w ciągu { $days } dni.
stock-kind-received = przyjęto
stock-kind-dispensed = wydano
stock-kind-returned = zwrot
stock-kind-destroyed = zniszczono
stock-kind-correction = korekta

## Etykiety dawek do domu

label-ml = czyli { $ml } ml
label-for-day = Na { $day }
label-code = Kod: { $code }
label-lot = Partia { $lot }
label-keep-away = Przechowywać w miejscu niedostępnym dla dzieci.
label-saved = { $count ->
    [one] Zapisano 1 etykietę w { $path }.
    [few] Zapisano { $count } etykiety w { $path }.
    [many] Zapisano { $count } etykiet w { $path }.
   *[other] Zapisano { $count } etykiet w { $path }.
}
label-sent = { $count ->
    [one] Wysłano 1 etykietę do drukarki numerków { $printer }.
    [few] Wysłano { $count } etykiety do drukarki numerków { $printer }.
    [many] Wysłano { $count } etykiet do drukarki numerków { $printer }.
   *[other] Wysłano { $count } etykiet do drukarki numerków { $printer }.
}
label-error-no-take-home = W wydaniu { $delivery } nie ma dawki do domu (albo ją anulowano). Numer wydania jest w seuil treatment show.

## Pomoc wiersza poleceń

cli-cmd-stock = Rejestr środków odurzających: partie, zwroty, zniszczenia, bilans dnia, etykiety
cli-cmd-stock-products = Leki wydawane przez ośrodek
cli-cmd-stock-product-add = Dodaj lek do listy
cli-cmd-stock-receive = Wpisz przyjęcie partii
cli-cmd-stock-return = Zwróć ilość do rejestru (przyniesiona z powrotem dawka do domu, dawka nieprzyjęta)
cli-cmd-stock-destroy = Wypisz z rejestru zniszczoną ilość (rozlana, przeterminowana, oddana do apteki)
cli-cmd-stock-check = Bilans dnia: potwierdź stan albo popraw rejestr, podając powód
cli-cmd-stock-balance = Co zawiera rejestr, według leku i partii
cli-cmd-stock-moves = Ruchy w rejestrze z jednego dnia
cli-cmd-stock-expiring = Partie, które wkrótce tracą ważność
cli-cmd-stock-labels = Wydrukuj etykiety wydania do domu
cli-arg-stock-product = Kod leku (seuil stock products)
cli-arg-product-code = Kod nowego leku (małe litery, cyfry, łączniki)
cli-arg-form = Postać: syrup, capsule, tablet albo other
cli-arg-lot = Numer partii z butelki lub pudełka
cli-arg-mg = Ilość w mg
cli-arg-expires = Data ważności (31/01/2027 lub 2027-01-31)
cli-arg-mg-per-ml = Stężenie syropu, w mg/ml
cli-arg-mg-per-unit = Moc kapsułki lub tabletki, w mg
cli-arg-stock-reason = Powód (wymagany, aby poprawić bilans)
cli-arg-counted = Policzona ilość, w mg
cli-arg-delivery = Numer wydania do domu
cli-arg-name-fr = Nazwa po francusku
cli-arg-name-nl = Nazwa po niderlandzku
cli-arg-name-en = Nazwa po angielsku
cli-arg-name-ar = Nazwa po arabsku
cli-arg-name-ti = Nazwa w języku tigrinia
cli-arg-name-pl = Nazwa po polsku

## Okno rejestru przy stanowisku

register-title = Rejestr środków odurzających
register-expires = ważna do { $day }
register-checked = bilans { $time } ✓
register-not-checked = bilans do zrobienia
register-loading = Odczyt rejestru…
register-moves-today = Dzisiejsze ruchy
register-check-title = Bilans dnia: { $product } (w mg; różnica wymaga powodu)
register-receive-title = Przyjęcie partii: { $product }
register-field-counted = Policzono (mg)
register-field-reason = Powód
register-field-lot = Partia
register-field-mg = Ilość (mg)
register-field-expires = Ważna do
register-field-strength = mg/ml albo mg/sztukę
register-error-number = Wpisz liczbę mg, na przykład 60 albo 2,5.
register-error-strength = Wpisz stężenie jako liczbę (na przykład 1 albo 10) albo zostaw puste.
help-action-register-check = Zrób bilans dnia wybranego leku (potwierdź albo popraw)
help-action-register-receive = Wpisz przyjęcie partii wybranego leku
hint-register-check = bilans
hint-register-receive = przyjęcie
