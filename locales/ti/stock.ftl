# stock
# መዝገብ ኣደንዛዚ መድሃኒታት፡ ዝተቐበልናዮም ጥርናፈታት፣ ዝተመልሱ፣ ዝተደምሰሱ፣ ናይ መዓልቲ ሚዛን፣ ምልክታት።

## ስለምንታይ ኣብ መዝገብ ዝግበር ስራሕ ተነጺጉ፡ እንታይ ይገበር

stock-error-product = «{ $product }» ኣብ ዝርዝር መድሃኒታት የለን። መድሃኒታት፡ seuil stock products።
stock-error-lot = ኣብ መዝገብ ጥርናፈ «{ $lot }» ናይ { $product } የለን። ኣብ ጥርሙዝ ወይ ሳንዱቕ ዘሎ ቁጽሪ ኣረጋግጹ (seuil stock balance)።
stock-error-duplicate-lot = ጥርናፈ { $lot } ናይ { $product } ድሮ ኣብ መዝገብ ኣሎ። ሓደ ጥርናፈ ሓንሳብ ጥራይ እዩ ዝቕበል፤ ጌጋ ብሚዛን እዩ ዝእረም (seuil stock check)።
stock-error-no-lot = ኣብ ጥርሙዝ ወይ ሳንዱቕ ዝተጻሕፈ ቁጽሪ ጥርናፈ ጽሓፉ።
stock-error-not-positive = { $mg } mg ብዝሒ ኣይኮነን፡ ካብ 0 mg ዝበዝሕ ብዝሒ ጽሓፉ።
stock-error-negative-count = { $mg } mg ክቑጸር ኣይክእልን፡ ዝቖጸርኩምዎ ጽሓፉ፡ 0 ወይ ልዕሊኡ።
stock-error-expired-on-arrival = እዚ ጥርናፈ ብ{ $day }፡ ቅድሚ ምቕባሉ፡ ግዜኡ ምሓለፈ ነይሩ፤ ዕለት ምውዳእ ግዜ ኣረጋግጹ።
stock-error-no-strength = ንሽሮፕ ትኹረቱ ብ mg/ml ጽሓፉ (--mg-per-ml)፤ እንተዘይኮይኑ ml ክሕሰብ ኣይክእልን።
stock-error-bad-strength = ትኹረት ካብ 0 ዝዓቢ ቁጽሪ ክኸውን ኣለዎ።
stock-error-negative = ጥርናፈ { $lot } ናይ { $product } { $left } mg ጥራይ ኣለዎ፡ { $asked } ካብኡ ክወጽእ ኣይክእልን። ዋላ ሓንቲ ኣይተጻሕፈን፤ ብዝሒ ኣረጋግጹ፡ ወይ ቅድም ሚዛን ግበሩ።
stock-error-reason = መዝገብ { $expected } mg ይብል፡ ንስኹም { $counted } mg ቆጺርኩም፤ መዝገብ ንምእራም ምኽንያት ናይቲ ፍልልይ ጽሓፉ።
stock-error-no-batch = ኣብ መዝገብ ዋላ ሓደ ጥርናፈ ናይ { $product } የለን፡ ቅድም ምቕባል ጥርናፈ ኣመዝግቡ።
stock-error-code = «{ $code }» ኮድ ክኸውን ኣይክእልን፡ ንኣሽቱ ላቲን ፊደላት፣ ቁጽርታትን መስመራትን (ንኣብነት oxycodone-sr)።
stock-error-duplicate-product = መድሃኒት { $product } ድሮ ኣብ ዝርዝር ኣሎ።
stock-error-form = «{ $form }» ዝፍለጥ ቅርጺ ኣይኮነን፡ syrup፣ capsule፣ tablet ወይ other።

## ትእዛዛት እንታይ ይብሉ

stock-product-added = መድሃኒት { $product } ናብ ዝርዝር ተወሲኹ።
stock-received = ተቐቢልና፡ { $mg } mg ናይ { $product }፣ ጥርናፈ { $lot }።
stock-returned = ናብ መዝገብ ተመሊሱ፡ { $mg } mg ናይ { $product }፣ ጥርናፈ { $lot }።
stock-destroyed = ተደምሲሱ፡ { $mg } mg ናይ { $product }፣ ጥርናፈ { $lot }።
stock-check-confirmed = ሚዛን ናይ { $product } ተረጋጊጹ፡ { $counted } mg፣ ከም ኣብ መዝገብ።
stock-check-corrected = ሚዛን ናይ { $product } ተኣሪሙ፡ መዝገብ { $expected } mg ይብል ነይሩ፡ ሕጂ እቲ ዝተቖጽረ { $counted } mg ሒዙ ኣሎ።
stock-no-moves = በታ መዓልቲ ኣብ መዝገብ ዋላ ሓደ ምንቅስቓስ የለን።
stock-empty = ኣብ መዝገብ ዋላ ሓደ ጥርናፈ የለን። ምቕባል ኣመዝግቡ፡ seuil stock receive።
stock-checked-at = ሚዛን ሰዓት { $time } ብ{ $by } ተገይሩ
stock-not-checked = ናይ ሎሚ ሚዛን ገና ኣይተገብረን
stock-expired-mark = [ግዜኡ ዝሓለፈ]
stock-expires = ግዜኡ ዝውድኣሉ
stock-none-expiring = ኣብ ውሽጢ { $days } መዓልቲ ግዜኡ ዝውድእ ጥርናፈ የለን።
stock-kind-received = ምቕባል
stock-kind-dispensed = ምዕዳል
stock-kind-returned = ምምላስ
stock-kind-destroyed = ምድምሳስ
stock-kind-correction = ምእራም

## ምልክታት ናብ ገዛ ዝውሰዱ ዓቐናት

label-ml = ማለት { $ml } ml
label-for-day = ን{ $day }
label-code = ኮድ፡ { $code }
label-lot = ጥርናፈ { $lot }
label-keep-away = ቆልዑ ኣብ ዘይበጽሕዎ ቦታ ይቐመጥ።
label-saved = { $count } ምልክት ናብ { $path } ተጻሒፉ።
label-sent = { $count } ምልክት ናብ መሕተሚ ትኬት { $printer } ተላኢኹ።
label-error-no-take-home = ኣብ ምርካብ { $delivery } ናብ ገዛ ዝውሰድ ዓቐን የለን (ወይ ተሰሪዙ)። ቁጽሪ ምርካብ ኣብ seuil treatment show ይርከብ።

## ሓገዝ መስመር ትእዛዝ

cli-cmd-stock = መዝገብ ኣደንዛዚ መድሃኒታት፡ ጥርናፈታት፣ ዝተመልሱ፣ ዝተደምሰሱ፣ ናይ መዓልቲ ሚዛን፣ ምልክታት
cli-cmd-stock-products = እቲ ማእከል ዝዕድሎም መድሃኒታት
cli-cmd-stock-product-add = መድሃኒት ናብ ዝርዝር ምውሳኽ
cli-cmd-stock-receive = ምቕባል ጥርናፈ ምምዝጋብ
cli-cmd-stock-return = ዝተመልሰ ብዝሒ ናብ መዝገብ ምእታው (ዝተመልሰ ናይ ገዛ ዓቐን፣ ዘይተወስደ ዓቐን)
cli-cmd-stock-destroy = ዝተደምሰሰ ብዝሒ ካብ መዝገብ ምውጻእ (ዝፈሰሰ፣ ግዜኡ ዝሓለፈ፣ ናብ ፋርማሲ ዝተመልሰ)
cli-cmd-stock-check = ናይ መዓልቲ ሚዛን፡ ቍጽሪ ምርግጋጽ፡ ወይ መዝገብ ምስ ምኽንያት ምእራም
cli-cmd-stock-balance = ኣብ መዝገብ ዘሎ፡ ብመድሃኒትን ብጥርናፈን
cli-cmd-stock-moves = ናይ ሓንቲ መዓልቲ ምንቅስቓሳት መዝገብ
cli-cmd-stock-expiring = ቀልጢፎም ግዜኦም ዝውድኡ ጥርናፈታት
cli-cmd-stock-labels = ምልክታት ናይ ናብ ገዛ ዝውሰድ ምርካብ ምሕታም
cli-arg-stock-product = ኮድ መድሃኒት (seuil stock products)
cli-arg-product-code = ኮድ ሓድሽ መድሃኒት (ንኣሽቱ ላቲን ፊደላት፣ ቁጽርታት፣ መስመራት)
cli-arg-form = ቅርጺ፡ syrup፣ capsule፣ tablet ወይ other
cli-arg-lot = ኣብ ጥርሙዝ ወይ ሳንዱቕ ዝተጻሕፈ ቁጽሪ ጥርናፈ
cli-arg-mg = ብዝሒ ብ mg
cli-arg-expires = ዕለት ምውዳእ ግዜ (31/01/2027 ወይ 2027-01-31)
cli-arg-mg-per-ml = ትኹረት ሽሮፕ፡ ብ mg/ml
cli-arg-mg-per-unit = ሓይሊ ካፕሱል ወይ ከኒና፡ ብ mg
cli-arg-stock-reason = ምኽንያት (ሚዛን ንምእራም የድሊ)
cli-arg-counted = ዝተቖጽረ ብዝሒ፡ ብ mg
cli-arg-delivery = ቁጽሪ ናይ ናብ ገዛ ዝውሰድ ምርካብ
cli-arg-name-fr = ስም ብፈረንሳይኛ
cli-arg-name-nl = ስም ብሆላንድኛ
cli-arg-name-en = ስም ብእንግሊዝኛ
cli-arg-name-ar = ስም ብዓረብኛ
cli-arg-name-ti = ስም ብትግርኛ
cli-arg-name-pl = ስም ብፖሎኛ

## መስኮት መዝገብ ኣብ ደስክ

register-title = መዝገብ ኣደንዛዚ መድሃኒታት
register-expires = ክሳብ { $day }
register-checked = ሚዛን { $time } ✓
register-not-checked = ሚዛን ኣይተገብረን
register-loading = መዝገብ ይንበብ ኣሎ…
register-moves-today = ናይ ሎሚ ምንቅስቓሳት
register-check-title = ናይ መዓልቲ ሚዛን፡ { $product } (ብ mg፤ ፍልልይ ምኽንያት የድልዮ)
register-receive-title = ምቕባል ጥርናፈ፡ { $product }
register-field-counted = ዝተቖጽረ (mg)
register-field-reason = ምኽንያት
register-field-lot = ጥርናፈ
register-field-mg = ብዝሒ (mg)
register-field-expires = ግዜኡ ዝውድኣሉ
register-field-strength = mg/ml ወይ mg/ሓደ
register-error-number = ቁጽሪ mg ጽሓፉ፡ ንኣብነት 60 ወይ 2.5።
register-error-strength = ትኹረት ከም ቁጽሪ ጽሓፉ (ንኣብነት 1 ወይ 10)፡ ወይ ባዶ ግደፍዎ።
help-action-register-check = ናይ ሎሚ ሚዛን ናይቲ ዝተመርጸ መድሃኒት (ምርግጋጽ ወይ ምእራም)
help-action-register-receive = ምቕባል ጥርናፈ ናይቲ ዝተመርጸ መድሃኒት ምምዝጋብ
hint-register-check = ሚዛን
hint-register-receive = ምቕባል
