# TDI: فترات العلاج لمؤشر طلب العلاج (سجل Sciensano).

## الأسئلة، بترتيب الاستبيان

tdi-item-centre-type = نوع المركز
tdi-item-started = بداية فترة العلاج
tdi-item-status = هل عولج من قبل
tdi-item-referral = الجهة التي أحالته
tdi-item-niss = الرقم الوطني أو رقم BIS
tdi-item-sex = الجنس
tdi-item-birth-year = سنة الميلاد
tdi-item-living-with = يعيش مع
tdi-item-living-with-children = يعيش مع أطفال
tdi-item-living-where = مكان السكن
tdi-item-nationality = الجنسية
tdi-item-labour = العمل
tdi-item-education = الدراسة
tdi-item-primary-drug = المادة الرئيسية
tdi-item-route = طريقة التعاطي المعتادة (المادة الرئيسية)
tdi-item-frequency = عدد مرات التعاطي، آخر 30 يومًا
tdi-item-first-use-age = السن عند أول تعاطٍ
tdi-item-secondary-drug-1 = مادة أخرى 1
tdi-item-secondary-drug-2 = مادة أخرى 2
tdi-item-secondary-drug-3 = مادة أخرى 3
tdi-item-secondary-drug-4 = مادة أخرى 4
tdi-item-polydrug = مشكلة تعاطي عدة مواد
tdi-item-injecting = التعاطي بالحقن
tdi-item-first-injection-age = السن عند أول حقنة
tdi-item-sharing = تبادل الإبر أو الحقن
tdi-item-hiv-test = فحص فيروس نقص المناعة (HIV)
tdi-item-hcv-test = فحص التهاب الكبد C
tdi-item-ost = العلاج البديل للأفيونات
tdi-item-ost-first-year = سنة أول علاج بديل
tdi-item-centre-unit = وحدة المركز أو فرعه

## الأجوبة

tdi-unknown = غير معروف
tdi-yes = نعم
tdi-no = لا
tdi-no-niss = ليس له رقم وطني ولا رقم BIS
tdi-not-asked = لا ينطبق
tdi-answer = { $words } ({ $code })
tdi-centre-1 = مركز علاج خارجي
tdi-centre-2 = مركز علاج داخلي (إقامة)
tdi-centre-3 = وحدة علاج في السجن
tdi-centre-4 = طبيب عام
tdi-centre-5 = مركز منخفض العتبة
tdi-centre-6 = نوع آخر من المراكز
tdi-status-1 = لم يُعالَج من قبل
tdi-status-2 = عولج من قبل
tdi-referral-1 = المحكمة أو المراقبة القضائية أو الشرطة
tdi-referral-2 = الطبيب العام
tdi-referral-3 = مركز آخر لعلاج الإدمان
tdi-referral-4 = خدمة صحية أو طبية أو اجتماعية أخرى
tdi-referral-5 = المدرسة أو جهة تعليمية
tdi-referral-6 = من تلقاء نفسه أو العائلة أو الأصدقاء
tdi-referral-7 = جهة أخرى
tdi-sex-1 = ذكر
tdi-sex-2 = أنثى
tdi-living-with-1 = وحده
tdi-living-with-2 = مع الوالدين أو العائلة الأصلية
tdi-living-with-3 = مع شريك الحياة أو الأطفال
tdi-living-with-4 = مع أصدقاء أو أشخاص آخرين
tdi-living-with-5 = في السجن
tdi-living-with-6 = في مؤسسة أو مأوى
tdi-living-with-7 = وضع آخر
tdi-living-where-1 = سكن مستقر
tdi-living-where-2 = سكن غير مستقر أو بلا مأوى (مبنى مهجور، مأوى طوارئ)
tdi-living-where-3 = في السجن
tdi-living-where-4 = مكان آخر
tdi-labour-1 = يعمل أحيانًا
tdi-labour-2 = يعمل بانتظام
tdi-labour-3 = طالب
tdi-labour-4 = عاطل عن العمل
tdi-labour-5 = يتلقى إعانة أو معاشًا، أو ربّ بيت، أو من ذوي الإعاقة
tdi-labour-6 = وضع آخر
tdi-education-1 = لم يذهب إلى المدرسة قط
tdi-education-2 = المدرسة الابتدائية
tdi-education-3 = التعليم الثانوي
tdi-education-4 = التعليم العالي
tdi-drug-none = لا توجد مادة أخرى
tdi-drug-1 = الأفيونات
tdi-drug-1-1 = الهيروين
tdi-drug-1-2 = الميثادون، خارج الوصفة الطبية
tdi-drug-1-3 = البوبرينورفين، خارج الوصفة الطبية
tdi-drug-1-4 = الفنتانيل، خارج الوصفة الطبية
tdi-drug-1-5 = أفيونات أخرى (ترامادول…)
tdi-drug-2 = الكوكايين
tdi-drug-2-1 = مسحوق الكوكايين
tdi-drug-2-2 = الكراك
tdi-drug-2-3 = كوكايين آخر
tdi-drug-3 = منشطات أخرى
tdi-drug-3-1 = الأمفيتامينات
tdi-drug-3-2 = الميثامفيتامين
tdi-drug-3-3 = MDMA، إكستازي
tdi-drug-3-4 = الكاثينونات الاصطناعية
tdi-drug-3-5 = منشطات أخرى (مادة مسمّاة)
tdi-drug-4 = المنوّمات والمهدّئات
tdi-drug-4-1 = الباربيتورات
tdi-drug-4-2 = البنزوديازيبينات
tdi-drug-4-3 = GHB أو GBL
tdi-drug-4-4 = مهدّئات أخرى (بريغابالين…)
tdi-drug-5 = المهلوسات
tdi-drug-5-1 = LSD
tdi-drug-5-2 = الكيتامين
tdi-drug-5-3 = مهلوسات أخرى
tdi-drug-6 = المواد المستنشَقة الطيّارة (مذيبات، غراء)
tdi-drug-7 = القنّب
tdi-drug-7-1 = القنّب، عشبة أو حشيش
tdi-drug-7-2 = القنّبينويدات الاصطناعية
tdi-drug-7-3 = قنّب آخر
tdi-drug-8 = الكحول
tdi-drug-9 = مادة أخرى
tdi-route-1 = بالحقن
tdi-route-2 = بالتدخين أو الاستنشاق
tdi-route-3 = بالأكل أو الشرب
tdi-route-4 = بالشمّ
tdi-route-5 = طريقة أخرى
tdi-frequency-1 = كل يوم
tdi-frequency-2 = من 4 إلى 6 أيام في الأسبوع
tdi-frequency-3 = من 2 إلى 3 أيام في الأسبوع
tdi-frequency-4 = مرة في الأسبوع أو أقل
tdi-frequency-5 = لم يتعاطَ في آخر 30 يومًا
tdi-inject-1 = أبدًا
tdi-inject-2 = نعم، ولا يُعرف متى
tdi-inject-2-1 = نعم، لكن ليس في آخر 12 شهرًا
tdi-inject-2-2 = نعم، في آخر 12 شهرًا لكن ليس في آخر 30 يومًا
tdi-inject-2-3 = نعم، في آخر 30 يومًا
tdi-inject-3 = لا يريد الإجابة
tdi-test-1 = لم يُفحص قط
tdi-test-2 = فُحص، ولا يُعرف متى
tdi-test-2-1 = فُحص، لكن ليس في آخر 12 شهرًا
tdi-test-2-2 = فُحص في آخر 12 شهرًا
tdi-test-3 = لا يريد الإجابة
tdi-ost-1 = أبدًا
tdi-ost-2 = في الماضي، وليس الآن
tdi-ost-3 = الآن

## الرفض

tdi-error-item = «{ $item }» ليس سؤالًا من أسئلة TDI. الأمر «seuil tdi codes» يعرض القائمة.
tdi-error-code = { $item }: «{ $value }» ليس من أجوبته. الأجوبة: { $codes }، أو 99 إن كان غير معروف.
tdi-error-year = { $item }: «{ $value }» ليست سنة بين 1900 و{ $max }. اكتب أربعة أرقام، أو 99 إن كانت غير معروفة.
tdi-error-age = { $item }: «{ $value }» ليس سنًّا بالسنوات. اكتب عددًا، أو 99 إن كان غير معروف.
tdi-error-country = { $item }: «{ $value }» ليس رمز بلد. اكتب حرفيه (BE، MA، ER…)، أو 99 إن كان غير معروف.
tdi-error-niss = { $item }: «{ $value }» ليس رقمًا وطنيًا أو رقم BIS صحيحًا؛ تحقق من الأرقام. اكتب «none» إن لم يكن للشخص رقم، أو 99 إن كان غير معروف.
tdi-error-text = { $item }: { $max } حرفًا على الأكثر، في سطر واحد.
tdi-error-unknown-episode = لا توجد فترة علاج TDI رقم { $id }. الأمر «seuil tdi show PERSON» يعرض فترات الشخص.
tdi-error-same-day = لدى { $code } فترة علاج تبدأ في { $date }: أكملها بالأمر «seuil tdi set».
tdi-error-future = لا يمكن أن تبدأ فترة العلاج بعد اليوم ({ $date }). تحقق من التاريخ.
tdi-error-write = تعذّرت كتابة { $path }: { $reason }. لم يُكتب شيء؛ اختر مكانًا آخر.

## متى تُقترح فترة علاج جديدة

tdi-due-starting = نقترح فترة علاج جديدة: يبدأ الشخص العلاج هنا (لا فترة سابقة).
tdi-due-returning = نقترح فترة علاج جديدة: عاد بعد ستة أشهر أو أكثر دون أي تواصل (آخر تواصل في { $last }).
tdi-due-none = لا نقترح فترة جديدة: آخر فترة علاج أو تواصل للشخص منذ أقل من ستة أشهر.
tdi-open-not-due = ملاحظة: لم تكن هناك فترة جديدة مقترحة لهذا الشخص (تواصل خلال الأشهر الستة الأخيرة). فُتحت كما طُلب.

## سطر الأوامر

tdi-opened = فُتحت فترة العلاج { $id } لـ { $code }.
tdi-saved = حُفظت فترة العلاج { $id }.
tdi-episode-head = فترة العلاج { $id } · { $code } · بدأت في { $date }
tdi-line = { $label }: { $value }
tdi-still-unknown = ما زال غير معروف ({ $count }): { $items }
tdi-no-episodes = ليس لـ { $code } أي فترة علاج TDI.
tdi-exported = { $count ->
    [zero] لا فترات علاج من سنة { $year }؛ كُتب الملف { $path } بعناوين الأعمدة فقط.
    [one] كُتبت فترة علاج واحدة من سنة { $year } في { $path }.
    [two] كُتبت فترتا علاج من سنة { $year } في { $path }.
    [few] كُتبت { $count } فترات علاج من سنة { $year } في { $path }.
    [many] كُتبت { $count } فترة علاج من سنة { $year } في { $path }.
   *[other] كُتبت { $count } فترة علاج من سنة { $year } في { $path }.
}
tdi-checklist-head = TDI { $year }: { $count ->
    [zero] لا فترات علاج
    [one] فترة علاج واحدة
    [two] فترتا علاج
    [few] { $count } فترات علاج
    [many] { $count } فترة علاج
   *[other] { $count } فترة علاج
}، تُسلَّم إلى Sciensano قبل { $due }.
tdi-checklist-line = فترة العلاج { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = مكتملة
tdi-sheet-saved = كُتبت استمارة TDI في { $path }.

cli-cmd-tdi = فترات العلاج TDI (سجل Sciensano)
cli-cmd-tdi-open = فتح فترة علاج لشخص؛ يجوز أن يبقى كل سؤال غير معروف (99)
cli-cmd-tdi-show = فترات علاج الشخص، وهل تُقترح فترة جديدة
cli-cmd-tdi-set = إكمال فترة علاج أو تصحيحها لاحقًا
cli-cmd-tdi-export = كتابة فترات العلاج التي بدأت في سنة ما بصيغة CSV، برموز EMCDDA
cli-cmd-tdi-checklist = فترات علاج سنة ما والأسئلة التي ما زالت غير معروفة، قبل 31 مارس
cli-cmd-tdi-sheet = كتابة استمارة TDI القابلة للطباعة لفترة علاج بصيغة PDF
cli-cmd-tdi-codes = الأسئلة وأجوبتها، مع رموزها
cli-arg-date = بداية فترة العلاج (وإلا فاليوم)
cli-arg-episode = رقم فترة العلاج
cli-arg-year = السنة (أربعة أرقام)
cli-arg-csv = ملف CSV المراد كتابته
cli-arg-item = سؤال (خياره، مثل primary-drug)؛ كل الأسئلة إن لم يُذكر
cli-arg-tdi-item = { $item } (الرموز { $codes }؛ 99 غير معروف؛ أو الجواب بالكلمات)
cli-arg-tdi-pdf = ملف PDF المراد كتابته

## الاستمارة المطبوعة

tdi-sheet-title = استمارة TDI — فترة علاج
tdi-sheet-episode = فترة العلاج { $id } · الشخص { $code }
tdi-sheet-note = بترتيب استبيان Sciensano؛ رمز كل جواب بين قوسين.
tdi-sheet-line = { $n }. { $label }: { $value }
tdi-sheet-coded = { $n }. { $label }: { $value } ({ $code })
tdi-sheet-age-band = الفئة العمرية عند البداية: { $band }
tdi-sheet-footer = فُتحت في { $opened } بواسطة { $by } · طُبعت في { $printed }

## نموذج المكتب

tdi-form-title = فترة علاج TDI — { $code } { $name }
tdi-form-earlier = { $count ->
    [one] فترة علاج سابقة واحدة هنا.
    [two] فترتا علاج سابقتان هنا.
    [few] { $count } فترات علاج سابقة هنا.
    [zero] لا فترات علاج سابقة هنا.
    [many] { $count } فترة علاج سابقة هنا.
   *[other] { $count } فترة علاج سابقة هنا.
}
tdi-form-keys = ←→ أو الحروف: اختيار · Del: غير معروف · Ctrl+S للحفظ أيضًا
tdi-form-saved = حُفظت فترة العلاج TDI رقم { $id } لـ { $code }.
help-action-tdi = فتح نموذج TDI (فترة علاج جديدة)
help-action-tdi-save = حفظ فترة العلاج TDI
hint-tdi = TDI
tdi-form-completing = تستكمل آخر فترة علاج لهذا الشخص: الأجوبة المعطاة ظاهرة؛ Enter يحفظ التغييرات.
