from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("titles/", views.title_list, name="titles"),
    path("titles/<slug:slug>/", views.title_detail, name="title"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("companies/<slug:slug>/", views.company_detail, name="company"),
    path("franchises/<slug:slug>/", views.franchise_detail, name="franchise"),
    path("calendar/", views.release_calendar, name="calendar"),
    path("region/", views.region_set, name="region"),
]
