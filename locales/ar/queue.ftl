## Queues: tickets, calls, moves.

queue-joined = { $ticket } لـ { $code }
queue-called = نودي على { $ticket } ({ $code }) إلى الغرفة { $room }
queue-empty = لا أحد ينتظر.
queue-error-unknown-service = لا توجد خدمة «{ $service }». انظر الخدمات في شاشة الطوابير.
queue-error-closed = الخدمة { $service } مغلقة اليوم. اختر خدمة أخرى أو افتحها في شاشة الإدارة.
queue-error-already-waiting = هذا الشخص ينتظر هذه الخدمة من قبل بالتذكرة { $ticket }.
queue-error-nobody = لا أحد ينتظر { $service }.
queue-error-unknown-entry = لا توجد تذكرة رقم { $id }.
queue-error-refused = لا يمكن نقل تذكرة حالتها «{ $status }» بـ «{ $move }».
intake-joined = التذكرة { $ticket }: { $service } ({ $code })
route-title = التوجيه إلى
route-priority = الأولوية:
priority-normal = عادية
priority-urgent = مستعجلة
priority-emergency = طارئة
service-closed = مغلقة
hint-route = الخدمة
hint-priority = الأولوية
hint-visit-only = زيارة فقط
help-action-route = وضع الشخص في طابور هذه الخدمة (مع تذكرة)
help-action-priority = تغيير الأولوية: عادية، مستعجلة، طارئة
help-action-visit-only = تسجيل الزيارة دون طابور
hint-call-next = التالي
hint-call-this = نداء
hint-start = بدء
hint-done = انتهى
hint-recall = إعادة
hint-step-out = خرج
hint-come-back = عاد
hint-left = غادر
help-action-call-next = نداء الشخص التالي (الطارئ ثم المستعجل ثم حسب الوصول)
help-action-call-this = نداء الشخص المختار
help-action-start = بدء الاستقبال
help-action-done = انتهى
help-action-recall = إعادة النداء (بعد الحد: غائب)
help-action-step-out = خرج قليلًا (يحتفظ بمكانه)
help-action-come-back = عاد (أو نودي ولم يكن حاضرًا: يعود إلى الطابور)
help-action-left = غادر دون أن يُستقبل
help-action-no-show = لم يحضر عند النداء
help-action-transfer = توجيه إلى خدمة أخرى (ثم رقمها) مع الاحتفاظ بوقت الوصول
help-action-prev-service = الخدمة السابقة
help-action-next-service = الخدمة التالية
help-action-pick-service = اختيار الخدمة برقمها
queue-transfer-choose = تحويل { $ticket }: اضغط رقم الخدمة (Esc للإلغاء).
queue-moved-called = نودي على { $ticket } إلى الغرفة { $room }.
queue-moved-in-service = { $ticket } قيد الاستقبال.
queue-moved-done = انتهى { $ticket }.
queue-moved-stepped-out = خرج { $ticket }؛ يحتفظ بمكانه.
queue-moved-waiting = عاد { $ticket } إلى الطابور.
queue-moved-left = غادر { $ticket } دون أن يُستقبل.
queue-moved-no-show = لم يحضر { $ticket }: غائب.
queue-moved-transferred = تذكرة جديدة { $ticket }، مع الاحتفاظ بوقت الوصول.
status-waiting = ينتظر
status-called = نودي عليه
status-in-service = قيد الاستقبال
status-stepped-out = خرج
status-done = انتهى
status-left = غادر
status-transferred = حُوّل
status-no-show = غائب
queue-minutes = { $minutes } د
queue-waiting-count =
    { $count ->
        [zero] لا أحد ينتظر
        [one] شخص واحد ينتظر
        [two] شخصان ينتظران
        [few] { $count } ينتظرون
        [many] { $count } ينتظرون
       *[other] { $count } ينتظرون
    }
queue-col-ticket = الرقم
queue-col-person = الشخص
queue-col-status = الحالة
queue-col-wait = الانتظار
queue-col-room = الغرفة
board-title = المنادى عليهم
board-room = الغرفة { $room }
board-none = يرجى الانتظار: سيظهر رقمك هنا.
help-action-day = أرقام اليوم لكل خدمة (مرة أخرى للإغلاق)
day-title = اليوم، لكل خدمة
day-col-arrivals = وصلوا
day-col-seen = استُقبلوا
day-col-left = غادروا
day-col-no-show = غائبون
day-col-median = الوسيط
day-col-p90 = 90٪
