# Punkt redukcji szkód: wydany i zwrócony sprzęt, nalokson.

audit-counter-item-update = zmiana listy sprzętu
audit-counter-exchange-insert = wpisanie wydanego sprzętu
audit-naloxone-batch-insert = przyjęcie partii naloksonu
audit-naloxone-kit-insert = wydanie zestawu naloksonu
audit-naloxone-reversal-insert = wpisanie użycia zestawu naloksonu
counter-error-unknown-item = „{ $item }” nie ma na liście punktu. Sprzęt: seuil counter items.
counter-error-removed-item = „{ $item }” nie jest już wydawany w tym ośrodku.
counter-error-nothing = Nie ma czego wpisać: podaj, co wydano, albo ile zużytego sprzętu zwrócono.
