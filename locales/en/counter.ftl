# The harm-reduction counter: material given and returned, naloxone.

audit-counter-item-update = changed the item list
audit-counter-exchange-insert = recorded material given
audit-naloxone-batch-insert = received a naloxone batch
audit-naloxone-kit-insert = gave a naloxone kit
audit-naloxone-reversal-insert = recorded a naloxone kit used
