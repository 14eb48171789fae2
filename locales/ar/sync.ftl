# عدة مواقع، سجل واحد

sync-error-already-joined = قاعدة البيانات هذه هي أصلًا الموقع { $number } ({ $name }) في المنظمة: لا تنضم مرة ثانية.
sync-error-site-number = لا يوجد موقع رقمه { $number }: اختر رقمًا من 1 إلى { $max }.
sync-error-not-started = هذا السجل لا يتبادل بعد مع المواقع الأخرى. ابدأ بـ: seuil sync init --site NAME --folder DIR --org-key FILE
sync-error-started = هذا السجل يتبادل أصلًا مع المواقع الأخرى عبر { $folder }.
sync-error-key = لا يمكن استعمال ملف مفتاح المنظمة { $path } ({ $detail }). انسخه من جديد من جهاز الموقع الأول.
sync-error-folder = لا يمكن استعمال المجلد المشترك { $path } ({ $detail }). تأكد من وجوده ومن أن هذا الحساب يستطيع الكتابة فيه.
sync-error-taken = جهاز آخر يكتب في { $path } بصفته الموقع { $number }. كل جهاز يكتب في مجلده فقط: شغّل seuil sync init على السجل الخاص بهذا الجهاز، أو استعمل الجهاز الذي يملك ذلك المجلد.
sync-error-full = في المجلد المشترك { $max } موقعًا أصلًا: لم يبق رقم موقع شاغر.
sync-error-write = تعذّرت كتابة ملف التبادل { $path } ({ $detail }). لم يضع شيء: التغييرات تنتظر في السجل وتُرسل في التبادل القادم.
sync-error-site-name = أعط الموقع اسمًا، مثلًا: --site "فرع الجنوب".
sync-held-newer-schema = { $path }: كتبه إصدار أحدث من seuil (المخطط { $found }، وهذا يقرأ حتى { $ours }). محفوظ دون تطبيق؛ يُطبَّق بعد تحديث هذا الجهاز.
sync-held-waiting = { $path }: ينتظر الملف { $file } من الموقع { $other }، ولم يصل بعد.
sync-held-not-ours = { $path }: ليس ملف تبادل من seuil. تُرك كما هو دون تطبيق؛ أخرجه من المجلد.
sync-held-other-key = { $path }: مشفّر بمفتاح منظمة أخرى. لم يُطبَّق؛ تأكد من أن لكل المواقع ملف المفتاح نفسه.
sync-held-damaged = { $path }: مبتور أو عُدّل بعد كتابته. لم يُطبَّق؛ غالبًا تصل نسخة كاملة بعده، وإلا فاطلب من الموقع { $site } إعادة التبادل.
sync-held-clock = { $path }: ساعته متقدمة بـ { $days } يومًا على ساعة هذا الجهاز. لم يُطبَّق؛ صحّح التاريخ على جهاز الموقع { $site }.
sync-held-refused = { $path }: لا يمكن تطبيق تغييراته هنا ({ $detail }). لم يُطبَّق منه شيء؛ انظر seuil sync status.
sync-init-done = هذا السجل صار الآن الموقع { $number }، { $name }، ويتبادل عبر { $folder }.
sync-init-new-key = أُنشئ مفتاح المنظمة: { $path }. انسخ هذا الملف يدويًا (بذاكرة USB) إلى كل جهاز موقع آخر وكل حاسوب محمول، ولا تضعه أبدًا في المجلد المشترك.
sync-init-key-used = مفتاح المنظمة: { $path }.
sync-init-steps =
    لنقل الملفات بين الأجهزة بواسطة Syncthing:
      1. على كل جهاز: sudo apt install syncthing، ثم شغّله (syncthing) وافتح http://127.0.0.1:8384
      2. أضف الأجهزة الأخرى: Actions > Show ID على جهاز، و Add Remote Device على الآخر.
      3. شارك معها المجلد { $folder } (Add Folder، ثم اختر الأجهزة).
      4. التبادل: seuil sync run (ويقوم به المكتب وحده إذا كان sync_folder في desk.toml).
sync-run-written = أُرسل — ملفات مكتوبة: { $files }، تغييرات: { $changes }
sync-run-applied = استُلم — ملفات مطبّقة: { $files }، تغييرات: { $changes }
sync-run-conflicts = للمراجعة (seuil sync conflicts): { $count }
sync-status-site = الموقع { $number }، { $name } — المجلد المشترك: { $folder }
sync-status-own = ملفات مكتوبة: { $files } · تغييرات منتظرة: { $waiting } · آخر تبادل: { $last }
sync-status-peer = الموقع { $number } { $name } — ملفات مطبّقة: { $applied } · آخر مرة: { $last }
sync-status-never = لم يجرِ بعد
sync-conflicts-none = لا تعارض للمراجعة.
sync-conflict-line = #{ $id } { $table } { $record } · { $field }: المحفوظ { $kept } (الموقع { $kept_site })، والآخر { $other } (الموقع { $other_site })، { $at }
cli-cmd-sync = التبادل مع مواقع المنظمة الأخرى عبر مجلد مشترك
cli-cmd-sync-init = الانضمام إلى المنظمة موقعًا في مجلد مشترك
cli-cmd-sync-run = كتابة تغييرات هذا الموقع وتطبيق ملفات المواقع الأخرى
cli-cmd-sync-status = إلى أين وصل تطبيق ملفات كل موقع، وما الذي ينتظر
cli-cmd-sync-conflicts = حقول غيّرها موقعان دون أن يرى أحدهما تعديل الآخر
cli-arg-sync-site = اسم هذا الموقع (الفريق، الفرع، الحاسوب المحمول)
cli-arg-sync-folder = المجلد المشترك (مجلد Syncthing، أو مشاركة شبكة، أو ذاكرة USB)
cli-arg-sync-org-key = ملف مفتاح المنظمة (يُنشأ إن لم يوجد: الموقع الأول)
sync-error-no-key = لا يحتوي { $path } على مفتاح منظمة (سطر AGE-SECRET-KEY-…). انسخ ملف المفتاح من جهاز الموقع الأول.
sync-held-two-machines = { $path }: كتبه بصفته الموقع { $site } جهاز غير الجهاز الذي طُبّقت ملفاته هنا. لم يُطبَّق؛ أعط كل جهاز موقعه الخاص (seuil sync init).
sync-double-dose = حادث: أُعطي { $person } جرعة يوم { $day } في موقعين ({ $sites })، بمجموع { $mg } ملغ. راجع الطبيب الواصف وسجّل الحادث.
topbar-sync = تبادل { $time }
topbar-sync-never = لا تبادل بعد
topbar-sync-attention = للمراجعة: { $count }
sync-desk-other-folder = في desk.toml: sync_folder = { $given }، لكن هذا السجل يتبادل عبر { $folder }: المكتب لا يجري التبادل. صحّح sync_folder.
sync-run-duplicates = على الأرجح الشخص نفسه في موقعين (seuil sync conflicts): { $count }
sync-duplicate-line = الشخص نفسه؟ { $a } { $a_name } و { $b } { $b_name }: seuil person merge KEEP OTHER، أو seuil person not-same { $a } { $b }
generate-error-exchanging = هذا السجل يتبادل مع المواقع الأخرى: الأشخاص المولَّدون سيصلون إليها كلها. ولّد في ملف آخر (--db PATH).
cli-cmd-sync-reviewed = إزالة البنود التي رُوجعت من قائمة المراجعة
cli-arg-sync-ids = أرقام البنود (seuil sync conflicts)
sync-reviewed = أُزيلت من قائمة المراجعة: { $count }
sync-error-unknown-review = لا يوجد بند { $id } في قائمة المراجعة (انظر seuil sync conflicts). لم يتغير شيء.
sync-error-behind = يحتوي { $path } على ملفات هذا الموقع حتى الرقم { $found }، لكن هذا السجل لم يكتب إلا حتى { $written }: هو أقدم من مجلده (استُرجع من نسخة احتياطية؟). لم يُكتب شيء. أجرِ التبادل من السجل الذي كتب تلك الملفات، أو اجعل هذا موقعًا جديدًا (seuil sync init على نسخة لم تنضم إلى أي منظمة).
