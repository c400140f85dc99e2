from django.urls import path

from . import views

app_name = "follows"

urlpatterns = [
    path("me/", views.my_premiere, name="me"),
    path("me/follow/", views.follow, name="follow"),
    path("me/follows/<int:pk>/", views.follow_edit, name="follow_edit"),
    path("me/notices/read/", views.notices_read, name="notices_read"),
    path("me/settings/", views.notice_settings, name="settings"),
    path("me/calendar/", views.calendar_reset, name="calendar_reset"),
    # Fetched by calendar apps, which do not sign in: the key is the only credential.
    path("calendars/<str:key>.ics", views.calendar_file, name="calendar_file"),
    path("notices/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
