# stock
# Rejestr środków odurzających: przyjęte partie, zwroty, zniszczenia, bilans dnia, etykiety.

## Dlaczego wpis do rejestru jest odrzucony i co zrobić

stock-error-product = „{ $product }” nie ma na liście leków. Leki: seuil stock products.
stock-error-lot = W rejestrze nie ma partii „{ $lot }” leku { $product }. Sprawdź numer na butelce lub pudełku (seuil stock balance).
stock-error-duplicate-lot = Partia { $lot } leku { $product } jest już w rejestrze. Partię przyjmuje się raz; błąd poprawia się bilansem (seuil stock check).
stock-error-no-lot = Podaj numer partii z butelki lub pudełka.
stock-error-not-positive = { $mg } mg to nie ilość: podaj ilość większą niż 0 mg.
stock-error-negative-count = Nie można naliczyć { $mg } mg: podaj, ile policzono, 0 lub więcej.
stock-error-expired-on-arrival = Ta partia straciłaby ważność { $day }, jeszcze przed przyjęciem: sprawdź datę ważności.
stock-error-no-strength = Dla syropu podaj stężenie w mg/ml (--mg-per-ml), inaczej nie da się policzyć ml.
stock-error-bad-strength = Stężenie musi być liczbą większą niż 0.
stock-error-negative = Partia { $lot } leku { $product } zawiera { $left } mg: nie można z niej wydać { $asked }. Nic nie zapisano; sprawdź ilość albo najpierw zrób bilans.
stock-error-reason = Rejestr pokazuje { $expected } mg, policzono { $counted } mg: wpisz powód różnicy, aby poprawić rejestr.
stock-error-no-batch = W rejestrze nie ma żadnej partii leku { $product }: najpierw wpisz przyjęcie partii.
stock-error-code = „{ $code }” nie może być kodem: małe litery, cyfry i łączniki (na przykład oxycodone-sr).
stock-error-duplicate-product = Lek { $product } jest już na liście.
stock-error-form = „{ $form }” to nieznana postać: syrup, capsule, tablet albo other.
