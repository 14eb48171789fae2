# العلاج البديل: الوصفات والجرعات وقرارات الطبيب.

audit-prescription-insert = تسجيل وصفة
audit-dose-insert = تسجيل جرعة
audit-decision-insert = تسجيل قرار الطبيب
audit-product-update = تعديل قائمة الأدوية
audit-stock-update = الكتابة في سجل المواد المخدرة
audit-tdi-insert = فتح فترة علاج TDI
audit-tdi-update = استكمال فترة علاج TDI

## الأدوية

product-methadone-syrup = ميثادون شراب
product-methadone-capsule = ميثادون كبسولات
product-buprenorphine = بوبرينورفين
product-buprenorphine-naloxone = بوبرينورفين-نالوكسون
product-morphine-sr = مورفين بطيء المفعول

## ما حدث لجرعة اليوم

dose-outcome-given = أُعطيت في المركز
dose-outcome-take-home = أُخذت إلى البيت
dose-outcome-vomited = تقيّأها الشخص
dose-outcome-refused = رفضها الشخص
dose-outcome-withheld = عُلّقت
dose-outcome-reversal = أُلغيت

## لماذا لا تُعطى الجرعة، وماذا نفعل

dose-refused-no-prescription = لا توجد وصفة لهذا الشخص. سجّل أولًا وصفة الطبيب.
dose-refused-not-started = تبدأ الوصفة يوم { $day } فقط. لا جرعة قبل ذلك؛ اسأل الطبيب إن كانت هناك حاجة إليها اليوم.
dose-refused-expired = انتهت الوصفة يوم { $day }. يلزم أمر جديد من الطبيب قبل إعطاء أي جرعة.
dose-refused-already = جرعة يوم { $day } مسجّلة من قبل ({ $outcome }). لا جرعتين في يوم واحد أبدًا؛ إن كان ذلك خطأً فألغِ التسجيل (Alt+U) ثم سجّل الجرعة الصحيحة.
dose-refused-future = يوم { $day } لم يأتِ بعد: تُسجَّل جرعة اليوم أو جرعة يوم مضى فقط.
dose-refused-withhold = أيام فائتة متتالية: { $missed }. الجرعة معلّقة حتى يقرّر الطبيب. اتصل به ثم سجّل قراره (d).
dose-refused-see-prescriber = أيام فائتة متتالية: { $missed }. يجب أن يرى الطبيبُ الشخصَ ويحدّد جرعة استئناف أقل. سجّل القرار مع الجرعة (d).
dose-refused-induction = أيام فائتة متتالية: { $missed }. هذا بدء علاج من جديد: الطبيب يحدّد جرعة الاستئناف؛ سجّل القرار مع الجرعة (d).
dose-refused-vomited = تقيّأ الشخص جرعة اليوم: لا تُعاد إلا بقرار من الطبيب. سجّل القرار (d).
dose-refused-take-homes-suspended = لا جرعات إلى البيت: أيام فائتة منذ آخر قرار للطبيب: { $missed }. أعطِ الجرعة هنا في المركز، أو سجّل قرار الطبيب أولًا (d).
dose-refused-take-homes-not-prescribed = الوصفة لا تسمح بأخذ الجرعات إلى البيت: تؤخذ الجرعة هنا.
dose-refused-take-homes-schedule = عدد الأيام المطلوبة إلى البيت: { $asked }، والوصفة تسمح بـ { $allowed } على الأكثر.
dose-refused-take-homes-ceiling = عدد الأيام المطلوبة إلى البيت: { $asked }، والقانون لا يسمح في التسليم الواحد بأكثر من { $ceiling }.
dose-refused-take-homes-end = تنتهي الوصفة يوم { $day }: لا جرعات إلى البيت بعده. يلزم أمر جديد.
dose-refused-take-homes-none = حدّد عدد الأيام (من 1 إلى 7).
dose-refused-above = { $asked } ملغ أكثر من الجرعة المقرّرة ({ $due } ملغ). لا تتغيّر الجرعة إلا بوصفة جديدة.
dose-refused-nothing = جرعة 0 ملغ ليست جرعة: أعطِ الجرعة المقرّرة، أو سجّلها مرفوضة أو معلّقة.
dose-refused-raced = سجّل مكتب آخر هذه الجرعة للتوّ. لم يُكتب شيء هنا؛ الشاشة تعرض الجرعة المسجّلة.
dose-reverse-nothing = لا شيء يُلغى: يمكن إلغاء ما سُجّل اليوم لهذا الشخص فقط.
prescription-refused-ends-before-start = تنتهي الوصفة قبل أن تبدأ: تحقّق من تواريخ الوصفة.
prescription-refused-too-long = مدة الوصفة بالأيام: { $days }، والحد الأقصى { $allowed }. سجّل ما بعدها وصفةً جديدة عند وصولها.
prescription-refused-dose = يجب أن تكون الجرعة اليومية عددًا من الملغ أكبر من 0 (مثلًا 60 أو 2.5).
decision-refused-above = جرعة الاستئناف ({ $asked } ملغ) أعلى من الوصفة ({ $prescribed } ملغ). الزيادة تحتاج وصفة جديدة.
decision-refused-dose-needed = أيام فائتة: { $missed }. يجب أن يحدّد القرار جرعة الاستئناف (بالملغ).
decision-refused-no-prescriber = اكتب اسم الطبيب الذي قرّر.
treatment-error-product = «{ $product }» ليس في قائمة الأدوية. الأدوية: seuil stock products.
stock-refused-expired = انتهت صلاحية الدفعة { $lot } من { $product } يوم { $day } ولا توجد دفعة أخرى صالحة: سجّل استلام دفعة جديدة قبل الصرف.
stock-refused-not-enough = بقي { $left } ملغ من { $product } في الدفعات الصالحة، والمطلوب { $needed }: سجّل استلام دفعة، أو صحّح السجل.

## سطر الأوامر

cli-cmd-treatment = العلاج البديل: الوصفات وجرعة اليوم وقرارات الطبيب
cli-cmd-treatment-prescribe = تسجيل وصفة الطبيب (لا تتغيّر الجرعة إلا بوصفة جديدة)
cli-cmd-treatment-dose = تسجيل جرعة اليوم (تُعطى في المركز ما لم يُذكر غير ذلك)
cli-cmd-treatment-decide = تسجيل قرار الطبيب بعد أيام فائتة أو جرعة تقيّأها الشخص
cli-cmd-treatment-reverse = إلغاء آخر تسجيل جرعة لهذا الشخص اليوم (خطأ)
cli-cmd-treatment-show = الوصفة الجارية، وجرعة اليوم أو سبب منعها، والأيام الفائتة، وآخر الجرعات
cli-cmd-treatment-thresholds = حدود الأيام الفائتة في المركز؛ أعطِ قيمة لتغيير أحدها
cli-arg-product = الدواء: methadone-syrup أو methadone-capsule أو buprenorphine أو buprenorphine-naloxone أو morphine-sr، أو دواء أضافه المركز
cli-arg-prescribed-mg = الجرعة اليومية بالملغ
cli-arg-from = اليوم الأول
cli-arg-until = اليوم الأخير (14 يومًا على الأكثر بعد الأول؛ 14 يومًا إن لم يُذكر)
cli-arg-prescriber = اسم الطبيب
cli-arg-take-home-days = أقصى عدد أيام في التسليم الواحد (0: في المركز كل يوم؛ 7 على الأكثر)
cli-arg-note = ملاحظة
cli-arg-take-home = تسليم جرعات هذا العدد من الأيام دفعة واحدة، مع جرعة اليوم
cli-arg-outcome = ما حدث: given (أُعطيت) أو vomited (تقيّأها الشخص) أو refused (رفضها الشخص) أو withheld (عُلّقت)
cli-arg-on = يوم الجرعة، عند إدخالها لاحقًا من الورق (لا يوم قادم أبدًا)
cli-arg-dose-mg = أقل من الجرعة المقرّرة، حين يطلب الشخص أقل
cli-arg-dose-reason = السبب (معلّقة: تحت تأثير مادة، قرار الطبيب…)
cli-arg-restart-mg = الجرعة التي تُعطى من الآن، بالملغ (لازمة بعد 4 أيام فائتة)
cli-arg-decision = ما قرّره الطبيب
cli-arg-withhold-after = عدد الأيام الفائتة الذي تُعلَّق بعده الجرعة حتى قرار الطبيب (3)
cli-arg-see-prescriber-after = عدد الأيام الفائتة الذي يرى بعده الطبيب الشخص ويحدّد الجرعة (4)
cli-arg-induction-after = عدد الأيام الفائتة الذي يُعدّ بعده بدء علاج من جديد (5)
cli-arg-suspend-take-homes-after = عدد الأيام الفائتة الذي تُعلَّق بعده الجرعات إلى البيت حتى قرار الطبيب (1)
cli-arg-prescription-days = أطول مدة للوصفة، بالأيام (14)
treatment-error-product-list = «{ $product }» لا يدلّ على أي دواء، أو يدلّ على أكثر من واحد. الأدوية: { $products }.
treatment-prescribed = الوصفة { $id } لـ { $code }: { $product } { $mg } ملغ يوميًا، من { $from } إلى { $until }، أقصى أيام البيت: { $takehome }، الطبيب { $prescriber }.
treatment-dosed = { $code }: { $product } { $mg } ملغ، { $outcome }، { $from } – { $until } (عدد الأيام: { $days })؛ الأيام الفائتة قبلها: { $missed }.
treatment-decided = سُجّل القرار لـ { $code } (الطبيب { $prescriber })؛ الجرعة من الآن: { $mg } ملغ.
treatment-reversed = { $code }: عدد التسجيلات الملغاة: { $count }؛ تبقى الأسطر محفوظة مع إلغائها.
treatment-thresholds = تُعلَّق الجرعة ابتداءً من { $withhold } أيام فائتة، ويُستدعى الطبيب من { $see }، وبدء علاج من جديد من { $induction }؛ تُعلَّق الجرعات إلى البيت من { $suspend }؛ مدة الوصفة { $days } يومًا على الأكثر.
treatment-no-current = ليس لـ { $code } وصفة جارية اليوم.
treatment-due = جرعة اليوم: { $mg } ملغ.
treatment-missed = الأيام الفائتة قبل اليوم: { $missed }.
treatment-back-on = موعد العودة: { $day }.

## نسخة الشخص

export-section-prescriptions = الوصفات
export-section-doses = الجرعات
export-section-decisions = قرارات الطبيب
export-section-tdi = فترات علاج TDI
export-col-product = الدواء
export-col-mg = ملغ
export-col-from = من
export-col-until = إلى
export-col-prescriber = الطبيب
export-col-take-home-days = أيام إلى البيت
export-col-outcome = ما حدث
export-col-decision = القرار
export-col-tdi-items = أسئلة TDI (رموز)
treatment-tdi-due = يجب فتح فترة علاج TDI جديدة لـ { $code }: seuil tdi open { $code }
cli-cmd-treatment-guest = السماح لهذا الموقع بإعطاء الجرعة لشخص يُعالَج في موقع آخر، باتفاق مع ذلك الموقع
cli-arg-guest-from = أول يوم يجوز فيه لهذا الموقع إعطاء الجرعة (اليوم إن لم يُذكر)
cli-arg-guest-until = آخر يوم يجوز فيه لهذا الموقع إعطاء الجرعة
treatment-guest-recorded = يمكن إعطاء { $code } جرعته هنا بصفته ضيفًا من { $from } إلى { $until }، باتفاق مع الموقع { $home }.
dose-refused-guest = الوصفة من الموقع { $home }: إعطاء جرعة هنا يحتاج اتفاق ضيافة مع ذلك الموقع (seuil treatment guest CODE --until DATE).
