# عدة مواقع، سجل واحد

sync-error-already-joined = قاعدة البيانات هذه هي أصلًا الموقع { $number } ({ $name }) في المنظمة: لا تنضم مرة ثانية.
sync-error-site-number = لا يوجد موقع رقمه { $number }: اختر رقمًا من 1 إلى { $max }.
