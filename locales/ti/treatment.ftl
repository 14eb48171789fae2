# ምትካእ ሕክምና፡ ትእዛዝ መድሃኒት፣ ዓቐናት፣ ውሳነታት ሓኪም።

audit-prescription-insert = ትእዛዝ መድሃኒት ምምዝጋብ
audit-dose-insert = ዓቐን መድሃኒት ምምዝጋብ
audit-decision-insert = ውሳነ ሓኪም ምምዝጋብ
audit-product-update = ዝርዝር መድሃኒታት ምቕያር
audit-stock-update = ኣብ መዝገብ ዝቆጻጸሩ መድሃኒታት ምጽሓፍ
audit-tdi-insert = ናይ TDI ምዕራፍ ሕክምና ምኽፋት
audit-tdi-update = ናይ TDI ምዕራፍ ሕክምና ምምላእ

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
dose-outcome-refused = ኣብዩ
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
treatment-error-product = «{ $product }» ኣብ ዝርዝር መድሃኒታት የለን። መድሃኒታት፡ seuil treatment products።
stock-refused-expired = ጥርናፈ { $lot } ናይ { $product } ብ{ $day } ግዜኡ ሓሊፉ፡ ካልእ ዝሰርሕ ጥርናፈ የለን፤ ቅድሚ ምዕዳል ምቕባል ሓድሽ ጥርናፈ ኣመዝግቡ።
stock-refused-not-enough = ኣብ ዝሰርሑ ጥርናፈታት { $left } mg { $product } ተሪፉ፡ { $needed } የድሊ፤ ምቕባል ጥርናፈ ኣመዝግቡ፡ ወይ መዝገብ ኣስተኻኽሉ።
