from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/signup/", views.SignupView.as_view(), name="signup"),
    path("accounts/signup/sent/", views.signup_done, name="signup_done"),
    path("accounts/activate/<uidb64>/<token>/", views.account_activate, name="account_activate"),
    path("accounts/profile/", views.profile_edit, name="profile_edit"),
    path("accounts/data/", views.account_export, name="account_export"),
    path("accounts/delete/", views.account_delete, name="account_delete"),
    path("accounts/password/change/", views.password_change, name="password_change"),
    path(
        "accounts/password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("accounts/password/reset/", views.password_reset, name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("members/<str:username>/", views.profile, name="profile"),
    path("comments/<int:pk>/", views.comment_permalink, name="comment_permalink"),
    path("comments/post/<slug:slug>/", views.comment_post, name="comment_post"),
    path("comments/<int:pk>/replies/", views.comment_replies, name="comment_replies"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("comments/<int:pk>/report/", views.comment_report, name="comment_report"),
    path("comments/<int:pk>/hide/", views.comment_hide, name="comment_hide"),
    path("comments/<int:pk>/restore/", views.comment_restore, name="comment_restore"),
    path("comments/<int:pk>/feature/", views.comment_feature, name="comment_feature"),
]
