from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("titles/", views.title_list, name="titles"),
    path("titles/<slug:slug>/", views.title_detail, name="title"),
    path("titles/<slug:slug>/calendar.ics", views.title_calendar_file, name="title_ics"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("people/<slug:slug>/calendar.ics", views.person_calendar_file, name="person_ics"),
    path("companies/<slug:slug>/", views.company_detail, name="company"),
    path("franchises/<slug:slug>/", views.franchise_detail, name="franchise"),
    path(
        "franchises/<slug:slug>/calendar.ics",
        views.franchise_calendar_file,
        name="franchise_ics",
    ),
    path("calendar/", views.release_calendar, name="calendar"),
    path("calendar.ics", views.calendar_file, name="calendar_ics"),
    path("region/", views.region_set, name="region"),
]
