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
