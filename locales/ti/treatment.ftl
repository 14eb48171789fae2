# ምትካእ ሕክምና፡ ትእዛዝ መድሃኒት፣ ዓቐናት፣ ውሳነታት ሓኪም።

audit-prescription-insert = ትእዛዝ መድሃኒት ምምዝጋብ
audit-dose-insert = ዓቐን መድሃኒት ምምዝጋብ
audit-decision-insert = ውሳነ ሓኪም ምምዝጋብ
audit-product-update = ዝርዝር መድሃኒታት ምቕያር
audit-stock-update = ኣብ መዝገብ ኣደንዛዚ መድሃኒታት ምጽሓፍ
audit-tdi-insert = ግዜ ሕክምና TDI ምኽፋት
audit-tdi-update = ግዜ ሕክምና TDI ምምላእ

## መድሃኒታት

product-methadone-syrup = ሜታዶን ሽሮፕ
product-methadone-capsule = ሜታዶን ካፕሱል
product-buprenorphine = ቡፕረኖርፊን
product-buprenorphine-naloxone = ቡፕረኖርፊን-ናሎክሶን
product-morphine-sr = ቀስ ኢሉ ዝሰርሕ ሞርፊን

## ናይ ሎሚ ዓቐን እንታይ ኮነ

dose-outcome-given = ኣብዚ ተዋሒጡ
dose-outcome-take-home = ናብ ገዛ ተወሲዱ
dose-outcome-vomited = ተተፊኡ
dose-outcome-refused = እቲ ሰብ ኣብዩ
dose-outcome-withheld = ተኣጊዱ
dose-outcome-reversal = ተሰሪዙ

## ስለምንታይ ዓቐን ዘይወሃብ፡ እንታይ ይገበር

dose-refused-no-prescription = ነዚ ሰብ ትእዛዝ መድሃኒት የለን። መጀመርታ ትእዛዝ ሓኪም ኣእትዉ።
dose-refused-not-started = ትእዛዝ መድሃኒት ዝጅምር ብ{ $day } ጥራይ እዩ። ቅድሚኡ ዓቐን የለን፤ ሎሚ የድሊ እንተኾይኑ ንሓኪም ሕተቱ።
dose-refused-expired = ትእዛዝ መድሃኒት ብ{ $day } ተወዲኡ። ዓቐን ቅድሚ ምሃብ ሓድሽ ትእዛዝ ካብ ሓኪም የድሊ።
dose-refused-already = ናይ { $day } ዓቐን ድሮ ተመዝጊቡ እዩ ({ $outcome })። ኣብ ሓደ መዓልቲ ክልተ ዓቐን ፈጺሙ የለን፤ ጌጋ እንተኾይኑ ሰርዝዎ (Alt+U)፡ ድሕሪኡ ነቲ ቅኑዕ ኣመዝግቡ።
dose-refused-future = { $day } ገና ኣይመጸን፤ ናይ ሎሚ ወይ ናይ ዝሓለፈ መዓልቲ ዓቐን ጥራይ ይምዝገብ።
dose-refused-withhold = ተኸታቲሉ { $missed } መዓልቲ ተሪፉ፤ ሓኪም ክሳብ ዝውስን ዓቐን ኣይወሃብን። ደውሉሉ፡ ድሕሪኡ ውሳነኡ ኣመዝግቡ (d)።
dose-refused-see-prescriber = ተኸታቲሉ { $missed } መዓልቲ ተሪፉ፤ ሓኪም ነቲ ሰብ ክርእዮን ዝተሓተ ዓቐን ምጅማር ክውስንን ኣለዎ። ውሳነኡ ምስቲ ዓቐን ኣመዝግቡ (d)።
dose-refused-induction = ተኸታቲሉ { $missed } መዓልቲ ተሪፉ፤ እዚ ሓድሽ ምጅማር ሕክምና እዩ። ሓኪም ዓቐን ምጅማር ይውስን፤ ውሳነኡ ምስቲ ዓቐን ኣመዝግቡ (d)።
dose-refused-vomited = ናይ ሎሚ ዓቐን ተተፊኡ፤ ብውሳነ ሓኪም ጥራይ እዩ ዳግማይ ዝወሃብ። ውሳነኡ ኣመዝግቡ (d)።
dose-refused-take-homes-suspended = ናብ ገዛ ዝውሰድ የለን፤ ካብ ናይ መወዳእታ ውሳነ ሓኪም ንደሓር { $missed } መዓልቲ ተሪፉ። ዓቐን ኣብዚ ሃቡ፡ ወይ መጀመርታ ውሳነ ኣመዝግቡ (d)።
dose-refused-take-homes-not-prescribed = ትእዛዝ መድሃኒት ናብ ገዛ ምውሳድ ኣየፍቅድን፤ ዓቐን ኣብዚ ይውሰድ።
dose-refused-take-homes-schedule = { $asked } መዓልቲ ናብ ገዛ ተሓቲቱ፤ ትእዛዝ መድሃኒት እንተበዝሐ { $allowed } የፍቅድ።
dose-refused-take-homes-ceiling = { $asked } መዓልቲ ናብ ገዛ፤ ሕጊ ሓደ ምርካብ ናብ { $ceiling } መዓልቲ ይድርት።
dose-refused-take-homes-end = ትእዛዝ መድሃኒት ብ{ $day } ይውዳእ፤ ድሕሪኡ ናብ ገዛ ዝውሰድ የለን። ሓድሽ ትእዛዝ የድሊ።
dose-refused-take-homes-none = ንኽንደይ መዓልቲ ምዃኑ ንገሩ (ካብ 1 ክሳብ 7)።
dose-refused-above = { $asked } mg ካብቲ ዝተወሰነ ዓቐን ({ $due } mg) ይበዝሕ። ዓቐን ብሓድሽ ትእዛዝ መድሃኒት ጥራይ ይቕየር።
dose-refused-nothing = 0 mg ዓቐን ኣይኮነን፤ ነቲ ዝተወሰነ ዓቐን ሃቡ፡ ወይ ከም ዝኣበየ ወይ ከም ዝተኣገደ ኣመዝግቡ።
dose-refused-raced = ካልእ ቦታ ስራሕ ነዚ ዓቐን ሕጂ ኣመዝጊቡዎ። ኣብዚ ዝተጻሕፈ የለን፤ እቲ ስክሪን ነቲ ዝተመዝገበ ዓቐን የርኢ።
dose-reverse-nothing = ዝስረዝ የለን፤ ሎሚ ነዚ ሰብ ዝተመዝገበ ጥራይ ክስረዝ ይኽእል።
prescription-refused-ends-before-start = ትእዛዝ መድሃኒት ቅድሚ ምጅማሩ ይውዳእ፤ ዕለታት ትእዛዝ ኣረጋግጹ።
prescription-refused-too-long = { $days } መዓልቲ፤ ሓደ ትእዛዝ መድሃኒት እንተበዝሐ { $allowed } መዓልቲ ይሽፍን። እቲ ዝቕጽል ምስ መጸ ከም ሓድሽ ትእዛዝ ኣእትዉዎ።
prescription-refused-dose = ዕለታዊ ዓቐን ካብ 0 ዝዓቢ ቍጽሪ mg ክኸውን ኣለዎ (ንኣብነት 60 ወይ 2.5)።
decision-refused-above = ዓቐን ምጅማር ({ $asked } mg) ካብ ትእዛዝ መድሃኒት ({ $prescribed } mg) ይበዝሕ። ንምውሳኽ ሓድሽ ትእዛዝ የድሊ።
decision-refused-dose-needed = { $missed } መዓልቲ ተሪፉ፤ ውሳነ ዓቐን ምጅማር (ብ mg) ክሕዝ ኣለዎ።
decision-refused-no-prescriber = ስም እቲ ዝወሰነ ሓኪም ጸሓፉ።
treatment-error-product = «{ $product }» ኣብ ዝርዝር መድሃኒታት የለን። መድሃኒታት፡ seuil stock products።
stock-refused-expired = ጥርናፈ { $lot } ናይ { $product } ብ{ $day } ግዜኡ ሓሊፉ፡ ካልእ ዝሰርሕ ጥርናፈ የለን፤ ቅድሚ ምዕዳል ምቕባል ሓድሽ ጥርናፈ ኣመዝግቡ።
stock-refused-not-enough = ኣብ ዝሰርሑ ጥርናፈታት { $left } mg { $product } ተሪፉ፡ { $needed } የድሊ፤ ምቕባል ጥርናፈ ኣመዝግቡ፡ ወይ መዝገብ ኣስተኻኽሉ።

## መስመር ትእዛዝ

cli-cmd-treatment = ምትካእ ሕክምና፡ ትእዛዝ መድሃኒት፣ ናይ ሎሚ ዓቐን፣ ውሳነታት ሓኪም
cli-cmd-treatment-prescribe = ትእዛዝ ሓኪም ኣእትው (ዓቐን ብሓድሽ ትእዛዝ ጥራይ ይቕየር)
cli-cmd-treatment-dose = ናይ ሎሚ ዓቐን ኣመዝግብ (ካልእ እንተዘይተባህለ ኣብዚ ዝውሰድ)
cli-cmd-treatment-decide = ድሕሪ ዝተረፉ መዓልታት ወይ ዝተተፍአ ዓቐን ውሳነ ሓኪም ኣመዝግብ
cli-cmd-treatment-reverse = ናይ ሎሚ ናይ መወዳእታ ምዝገባ ዓቐን ናይዚ ሰብ ሰርዝ (ጌጋ)
cli-cmd-treatment-show = ዘሎ ትእዛዝ መድሃኒት፣ ናይ ሎሚ ዓቐን ወይ ስለምንታይ ዘይኮነ፣ ዝተረፉ መዓልታት፣ ናይ መወዳእታ ዓቐናት
cli-cmd-treatment-thresholds = ናይቲ ማእከል ደረት ዝተረፉ መዓልታት፤ ሓደ ንምቕያር ዋጋ ሃብ
cli-arg-product = መድሃኒት፡ methadone-syrup፣ methadone-capsule፣ buprenorphine፣ buprenorphine-naloxone፣ morphine-sr፣ ወይ እቲ ማእከል ዝወሰኾ
cli-arg-prescribed-mg = ዕለታዊ ዓቐን ብ mg
cli-arg-from = ቀዳማይ መዓልቲ
cli-arg-until = ናይ መወዳእታ መዓልቲ (ካብ ቀዳማይ እንተበዝሐ 14 መዓልቲ፤ እንተዘይተዋሂቡ 14 መዓልቲ)
cli-arg-prescriber = ስም ሓኪም
cli-arg-take-home-days = ሓደ ምርካብ ክሽፍኖ ዝኽእል ዝለዓለ መዓልታት (0፡ መዓልቲ መዓልቲ ኣብዚ፤ እንተበዝሐ 7)
cli-arg-note = መዘኻኸሪ
cli-arg-take-home = ዓቐናት ናይ ክንድዚ መዓልታት ብሓንሳብ ሃብ፡ ናይ ሎሚ ሓዊሱ
cli-arg-outcome = እንታይ ኮነ፡ given (ተዋሂቡ)፣ vomited (ተተፊኡ)፣ refused (ኣብዩ)፣ withheld (ተኣጊዱ)
cli-arg-on = መዓልቲ ናይቲ ዓቐን፡ ደሓር ካብ ወረቐት ክኣቱ ከሎ (ዝመጽእ መዓልቲ ፈጺሙ ኣይኮነን)
cli-arg-dose-mg = እቲ ሰብ ውሑድ ምስ ዝሓትት፡ ካብቲ ዝተወሰነ ዓቐን ዝወሓደ
cli-arg-dose-reason = ስለምንታይ (ተኣጊዱ፡ ሰኺሩ፣ ውሳነ ሓኪም…)
cli-arg-restart-mg = ካብ ሕጂ ዝወሃብ ዓቐን ብ mg (ድሕሪ 4 ዝተረፉ መዓልታት የድሊ)
cli-arg-decision = ሓኪም ዝወሰኖ
cli-arg-withhold-after = ዓቐን ውሳነ ሓኪም ዝጽበየሉ ዝተረፉ መዓልታት (3)
cli-arg-see-prescriber-after = ሓኪም ነቲ ሰብ ርእዩ ዓቐን ዝውስነሉ ዝተረፉ መዓልታት (4)
cli-arg-induction-after = ሓድሽ ምጅማር ዝኸውነሉ ዝተረፉ መዓልታት (5)
cli-arg-suspend-take-homes-after = ክሳብ ውሳነ ናብ ገዛ ምውሳድ ዘቋርጹ ዝተረፉ መዓልታት (1)
cli-arg-prescription-days = ዝነውሐ ግዜ ትእዛዝ መድሃኒት ብመዓልቲ (14)
treatment-error-product-list = «{ $product }» ዋላ ሓደ መድሃኒት ኣይኮነን፡ ወይ ልዕሊ ሓደ እዩ። መድሃኒታት፡ { $products }።
treatment-prescribed = ትእዛዝ መድሃኒት { $id } ን{ $code }፡ { $product } { $mg } mg ብመዓልቲ፣ ካብ { $from } ክሳብ { $until }፣ ናብ ገዛ ክሳብ { $takehome } መዓልቲ፣ ሓኪም { $prescriber }።
treatment-dosed = { $code }፡ { $product } { $mg } mg፣ { $outcome }፣ { $from } – { $until } ({ $days } መዓልቲ)፤ ቅድሚኡ ዝተረፉ መዓልታት፡ { $missed }።
treatment-decided = ን{ $code } ውሳነ ተመዝጊቡ (ሓኪም { $prescriber })፤ ካብ ሕጂ ዓቐን፡ { $mg } mg።
treatment-reversed = { $code }፡ { $count } ምዝገባ ተሰሪዙ፤ እቶም መስመራት ምስ ምስራዞም ይጸንሑ።
treatment-thresholds = ካብ { $withhold } ዝተረፉ መዓልታት ዓቐን ይኣገድ፣ ካብ { $see } ሓኪም፣ ካብ { $induction } ሓድሽ ምጅማር፤ ካብ { $suspend } ናብ ገዛ ምውሳድ ይቋረጽ፤ ትእዛዝ መድሃኒት እንተበዝሐ { $days } መዓልቲ።
treatment-no-current = { $code } ሎሚ ዝሰርሕ ትእዛዝ መድሃኒት የብሉን።
treatment-due = ናይ ሎሚ ዓቐን፡ { $mg } mg።
treatment-missed = ቅድሚ ሎሚ ዝተረፉ መዓልታት፡ { $missed }።
treatment-back-on = ብ{ $day } ክምለስ ኣለዎ።

## ቅዳሕ ናይቲ ሰብ

export-section-prescriptions = ትእዛዛት መድሃኒት
export-section-doses = ዓቐናት
export-section-decisions = ውሳነታት ሓኪም
export-section-tdi = ግዜታት ሕክምና TDI
export-col-product = መድሃኒት
export-col-mg = mg
export-col-from = ካብ
export-col-until = ክሳብ
export-col-prescriber = ሓኪም
export-col-take-home-days = መዓልታት ናብ ገዛ
export-col-outcome = እንታይ ኮነ
export-col-decision = ውሳነ
export-col-tdi-items = ሕቶታት TDI (ኮዳት)
treatment-tdi-due = ን{ $code } ሓድሽ ግዜ ሕክምና TDI ክኽፈት ኣለዎ፡ seuil tdi open { $code }
cli-cmd-treatment-guest = ነዚ ቦታ፡ ኣብ ካልእ ቦታ ሕክምና ንዝወስድ ሰብ ዶዝ ክህብ ምፍቃድ፡ ምስቲ ቦታ ብምስምማዕ
cli-arg-guest-from = እዚ ቦታ ዶዝ ክህበሉ ዝኽእል ቀዳማይ መዓልቲ (እንተዘይተገልጸ ሎሚ)
cli-arg-guest-until = እዚ ቦታ ዶዝ ክህበሉ ዝኽእል ናይ መወዳእታ መዓልቲ
treatment-guest-recorded = { $code } ካብ { $from } ክሳብ { $until } ከም ጋሻ ኣብዚ ዶዝ ክወስድ ይኽእል፡ ምስ ቦታ { $home } ብምስምማዕ።
dose-refused-guest = ኣብ ቦታ { $home } እዩ ተኣዚዙ፦ ኣብዚ ዶዝ ንምሃብ ምስቲ ቦታ ስምምዕ ጋሻ የድሊ (seuil treatment guest CODE --until DATE)።
