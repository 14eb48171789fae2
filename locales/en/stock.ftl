# stock
# The controlled-drug register: batches received, returns, destructions, the daily balance, labels.

## Why an act of the register is refused, and what to do

stock-error-product = “{ $product }” is not on the product list. The products: seuil stock products.
stock-error-lot = No batch “{ $lot }” of { $product } in the register. Check the number on the bottle or box (seuil stock balance).
stock-error-duplicate-lot = Batch { $lot } of { $product } is already in the register. A batch is received once; a mistake is corrected by the balance check (seuil stock check).
stock-error-no-lot = Give the batch number written on the bottle or box.
stock-error-not-positive = { $mg } mg is not a quantity: give a quantity above 0 mg.
stock-error-negative-count = { $mg } mg cannot be counted: give what was counted, 0 or more.
stock-error-expired-on-arrival = This batch would have expired on { $day }, before it was received: check the expiry date.
stock-error-no-strength = For a syrup, give its strength in mg/ml (--mg-per-ml), otherwise its ml cannot be worked out.
stock-error-bad-strength = The strength must be a number above 0.
stock-error-negative = Batch { $lot } of { $product } holds { $left } mg: { $asked } cannot come out of it. Nothing was written; check the quantity, or do the balance check first.
stock-error-reason = The register says { $expected } mg, you counted { $counted } mg: write the reason for the difference to correct the register.
stock-error-no-batch = No batch of { $product } in the register: record a batch received first.
stock-error-code = “{ $code }” cannot be a code: lowercase letters, digits and hyphens (for example oxycodone-sr).
stock-error-duplicate-product = The product { $product } is already on the list.
stock-error-form = “{ $form }” is not a known form: syrup, capsule, tablet or other.

## What the commands say

stock-product-added = Product { $product } added to the list.
stock-received = Received: { $mg } mg of { $product }, batch { $lot }.
stock-returned = Back into the register: { $mg } mg of { $product }, batch { $lot }.
stock-destroyed = Destroyed: { $mg } mg of { $product }, batch { $lot }.
stock-check-confirmed = Balance of { $product } confirmed: { $counted } mg, as in the register.
stock-check-corrected = Balance of { $product } corrected: the register said { $expected } mg, it now holds the { $counted } mg counted.
stock-no-moves = No moves in the register that day.
stock-empty = No batch in the register. Record one received: seuil stock receive.
stock-checked-at = balance checked at { $time } by { $by }
stock-not-checked = today's balance not checked yet
stock-expired-mark = [EXPIRED]
stock-expires = expires
stock-none-expiring = No batch expires within { $days } days.
stock-kind-received = received
stock-kind-dispensed = dispensed
stock-kind-returned = returned
stock-kind-destroyed = destroyed
stock-kind-correction = correction

## Take-home labels

label-ml = that is { $ml } ml
label-for-day = For { $day }
label-code = Code: { $code }
label-lot = Batch { $lot }
label-keep-away = Keep out of the reach of children.
label-saved = { $count } label(s) written to { $path }.
label-sent = { $count } label(s) sent to the ticket printer { $printer }.
label-error-no-take-home = No take-home dose in delivery { $delivery } (or it was reversed). The delivery number is in seuil treatment show.

## Command-line help

cli-cmd-stock = Controlled-drug register: batches, returns, destructions, daily balance, labels
cli-cmd-stock-products = The products the centre dispenses
cli-cmd-stock-product-add = Add a product to the list
cli-cmd-stock-receive = Record a batch received
cli-cmd-stock-return = Put a quantity back into the register (a take-home brought back, a dose not taken)
cli-cmd-stock-destroy = Take a destroyed quantity out of the register (spilt, expired, handed back to the pharmacy)
cli-cmd-stock-check = Daily balance: confirm the count, or correct the register with a reason
cli-cmd-stock-balance = What the register holds, by product and batch
cli-cmd-stock-moves = The register's moves of one day
cli-cmd-stock-expiring = The batches that expire soon
cli-cmd-stock-labels = Print the labels of a take-home delivery
cli-arg-stock-product = Product code (seuil stock products)
cli-arg-product-code = Code of the new product (lowercase letters, digits, hyphens)
cli-arg-form = Form: syrup, capsule, tablet or other
cli-arg-lot = Batch number written on the bottle or box
cli-arg-mg = Quantity in mg
cli-arg-expires = Expiry date (31/01/2027 or 2027-01-31)
cli-arg-mg-per-ml = Strength of a syrup, in mg/ml
cli-arg-mg-per-unit = Strength of a capsule or tablet, in mg
cli-arg-stock-reason = Reason (needed to correct the balance)
cli-arg-counted = Quantity counted, in mg
cli-arg-delivery = Number of the take-home delivery
cli-arg-name-fr = Name in French
cli-arg-name-nl = Name in Dutch
cli-arg-name-en = Name in English
cli-arg-name-ar = Name in Arabic
cli-arg-name-ti = Name in Tigrinya
cli-arg-name-pl = Name in Polish

## The register window at the desk

register-title = Controlled-drug register
register-expires = exp. { $day }
register-checked = checked { $time } ✓
register-not-checked = balance to check
register-loading = Reading the register…
register-moves-today = Today's moves
register-check-title = Daily balance: { $product } (in mg; a difference needs a reason)
register-receive-title = Batch received: { $product }
register-field-counted = Counted (mg)
register-field-reason = Reason
register-field-lot = Batch
register-field-mg = Quantity (mg)
register-field-expires = Expires
register-field-strength = mg/ml or mg/unit
register-error-number = Write a number of mg, for example 60 or 2.5.
register-error-strength = Write the strength as a number (for example 1 or 10), or leave it empty.
help-action-register-check = Check today's balance of the chosen product (confirm or correct)
help-action-register-receive = Record a batch of the chosen product received
hint-register-check = balance
hint-register-receive = receive
