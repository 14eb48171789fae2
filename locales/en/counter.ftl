# The harm-reduction counter: material given and returned, naloxone.

audit-counter-item-update = changed the item list
audit-counter-exchange-insert = recorded material given
audit-naloxone-batch-insert = received a naloxone batch
audit-naloxone-kit-insert = gave a naloxone kit
audit-naloxone-reversal-insert = recorded a naloxone kit used
counter-error-unknown-item = “{ $item }” is not on the counter's list. The items: seuil counter items.
counter-error-removed-item = “{ $item }” is no longer given at this centre.
counter-error-nothing = Nothing to record: say what was given or how many used items came back.
