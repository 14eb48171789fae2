## Queues: tickets, calls, moves.

queue-joined = { $ticket } dla { $code }
queue-called = { $ticket } ({ $code }) wezwany do pokoju { $room }
queue-empty = Nikt nie czeka.
queue-error-unknown-service = Nie ma usługi „{ $service }”. Zobacz usługi na ekranie Kolejki.
queue-error-closed = Usługa { $service } jest dziś zamknięta. Wybierz inną albo otwórz ją na ekranie Zarządzanie.
queue-error-already-waiting = Ta osoba już czeka na tę usługę z numerkiem { $ticket }.
queue-error-nobody = Nikt nie czeka na { $service }.
queue-error-unknown-entry = Nie ma numerka { $id }.
queue-error-refused = Numerka w stanie „{ $status }” nie można przenieść przez „{ $move }”.
intake-joined = Numerek { $ticket }: { $service } ({ $code })
route-title = Skieruj do
route-priority = Pierwszeństwo:
priority-normal = zwykłe
priority-urgent = pilne
priority-emergency = nagłe
service-closed = zamknięte
hint-route = Usługa
hint-priority = Pierwszeństwo
hint-visit-only = Tylko wizyta
help-action-route = Zapisz osobę do kolejki tej usługi (z numerkiem)
help-action-priority = Zmień pierwszeństwo: zwykłe, pilne, nagłe
help-action-visit-only = Zapisz wizytę bez kolejki
hint-call-next = Następny
hint-call-this = Wezwij
hint-start = Początek
hint-done = Koniec
hint-recall = Ponownie
hint-step-out = Wyszedł
hint-come-back = Wrócił
hint-left = Odszedł
help-action-call-next = Wezwij następną osobę (nagłe, potem pilne, potem kolejność przyjścia)
help-action-call-this = Wezwij wybraną osobę
help-action-start = Rozpocznij przyjęcie
help-action-done = Zakończone
help-action-recall = Wezwij ponownie (po limicie: nieobecny)
help-action-step-out = Wyszedł na chwilę (zachowuje miejsce)
help-action-come-back = Wrócił (albo wezwany, ale nieobecny: znów w kolejce)
help-action-left = Odszedł, nie będąc przyjętym
help-action-no-show = Nie przyszedł po wezwaniu
help-action-transfer = Skieruj do innej usługi (potem jej cyfra), z zachowaniem godziny przyjścia
help-action-prev-service = Poprzednia usługa
help-action-next-service = Następna usługa
help-action-pick-service = Wybierz usługę jej cyfrą
queue-transfer-choose = Przeniesienie { $ticket }: naciśnij cyfrę usługi (Esc anuluje).
queue-moved-called = { $ticket } wezwany do pokoju { $room }.
queue-moved-in-service = { $ticket } jest przyjmowany.
queue-moved-done = { $ticket } zakończony.
queue-moved-stepped-out = { $ticket } wyszedł; zachowuje miejsce.
queue-moved-waiting = { $ticket } wraca do kolejki.
queue-moved-left = { $ticket } odszedł, nie będąc przyjętym.
queue-moved-no-show = { $ticket } nie przyszedł: nieobecny.
queue-moved-transferred = Nowy numerek { $ticket }, godzina przyjścia zachowana.
status-waiting = czeka
status-called = wezwany
status-in-service = przyjmowany
status-stepped-out = wyszedł
status-done = zakończony
status-left = odszedł
status-transferred = przeniesiony
status-no-show = nieobecny
queue-minutes = { $minutes } min
queue-waiting-count =
    { $count ->
        [one] { $count } czeka
        [few] { $count } czekają
        [many] { $count } czeka
       *[other] { $count } czeka
    }
queue-col-ticket = Numerek
queue-col-person = Osoba
queue-col-status = Stan
queue-col-wait = Czeka
queue-col-room = Pokój
board-title = Wezwani
board-room = Pokój { $room }
board-none = Prosimy czekać: Twój numer pojawi się tutaj.
help-action-day = Dzisiejsze liczby według usług (ponownie, by zamknąć)
day-title = Dziś, według usług
day-col-arrivals = Przyszli
day-col-seen = Przyjęci
day-col-left = Odeszli
day-col-no-show = Nieobecni
day-col-median = Mediana
day-col-p90 = 90%
