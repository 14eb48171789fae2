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
