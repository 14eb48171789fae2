# Punkt redukcji szkód: wydany i zwrócony sprzęt, nalokson.

audit-counter-item-update = zmiana listy sprzętu
audit-counter-exchange-insert = wpisanie wydanego sprzętu
audit-naloxone-batch-insert = przyjęcie partii naloksonu
audit-naloxone-kit-insert = wydanie zestawu naloksonu
audit-naloxone-reversal-insert = wpisanie użycia zestawu naloksonu
