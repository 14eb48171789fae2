# Le comptoir de réduction des risques : matériel donné, rendu, naloxone.

audit-counter-item-update = a modifié la liste du matériel
audit-counter-exchange-insert = a enregistré du matériel donné
audit-naloxone-batch-insert = a reçu un lot de naloxone
audit-naloxone-kit-insert = a donné un kit de naloxone
audit-naloxone-reversal-insert = a enregistré l'usage d'un kit de naloxone
counter-error-unknown-item = « { $item } » n'est pas dans la liste du comptoir. Le matériel : seuil counter items.
counter-error-removed-item = « { $item } » n'est plus donné dans ce centre.
counter-error-nothing = Rien à enregistrer : indiquez ce qui a été donné ou combien de matériel usagé a été rendu.
