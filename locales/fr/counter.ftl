# Le comptoir de réduction des risques : matériel donné, rendu, naloxone.

audit-counter-item-update = a modifié la liste du matériel
audit-counter-exchange-insert = a enregistré du matériel donné
audit-naloxone-batch-insert = a reçu un lot de naloxone
audit-naloxone-kit-insert = a donné un kit de naloxone
audit-naloxone-reversal-insert = a enregistré l'usage d'un kit de naloxone
